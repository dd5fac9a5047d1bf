// worthit's SCORM launch script (1.2, or 2004 4th edition as the
// package's configuration says): the LMS opens launch.html (the SCO);
// this script finds the LMS's run-time API, frames the worthit page on the
// package's scenario (or, for a comparison, in compare mode on A and B)
// and turns the page's `worthit:result` (and, in compare mode,
// `worthit:comparison`) messages into SCORM data. The page itself knows
// nothing of SCORM (docs/embedding.md, "The LMS package"). Written for
// old browsers too: no modules, no arrow functions, nothing stored.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("worthit-lms-config").textContent);
  var statusLine = document.getElementById("worthit-lms-status");
  var is2004 = config.scorm === "2004";

  // The two run-times' names for the same things: the API object on a
  // window, its calls, and the data model elements this script writes.
  var names = is2004
    ? {
        api: "API_1484_11",
        init: "Initialize",
        get: "GetValue",
        set: "SetValue",
        commit: "Commit",
        finish: "Terminate",
        time: "cmi.session_time"
      }
    : {
        api: "API",
        init: "LMSInitialize",
        get: "LMSGetValue",
        set: "LMSSetValue",
        commit: "LMSCommit",
        finish: "LMSFinish",
        time: "cmi.core.session_time"
      };

  // The API discovery walk (ADL's APIWrapper.js `findAPI`, the same for
  // `API` and `API_1484_11`): climb the window.parent chain, then the
  // opener's. A window of another origin on the way throws on access; the
  // walk goes on past it.
  function findIn(win) {
    for (var tries = 0; win && tries < 500; tries++) {
      try {
        var found = win[names.api];
        if (found && typeof found[names.init] === "function") {
          return found;
        }
      } catch (e) {
        // Another origin's window: keep climbing.
      }
      var parent = null;
      try {
        parent = win.parent;
      } catch (e) {
        parent = null;
      }
      if (!parent || parent === win) {
        return null;
      }
      win = parent;
    }
    return null;
  }

  function findAPI() {
    var api = findIn(window);
    if (!api) {
      try {
        if (window.opener) api = findIn(window.opener);
      } catch (e) {}
    }
    if (!api) {
      try {
        if (window.top && window.top.opener) api = findIn(window.top.opener);
      } catch (e) {}
    }
    return api;
  }

  var api = findAPI();
  var started = new Date().getTime();
  var finished = false;
  var passedOnce = false;

  function call(name, a, b) {
    if (!api) return "false";
    try {
      return String(b === undefined ? api[name](a) : api[name](a, b));
    } catch (e) {
      return "false";
    }
  }

  // CMITimespan: HHHH:MM:SS.SS (SCORM 1.2 RTE 3.4.2, `cmi.core.session_time`).
  function timespan(ms) {
    var cs = Math.floor(ms / 10);
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    var s = Math.floor((cs % 6000) / 100);
    var c = cs % 100;
    function pad(n, w) {
      n = String(n);
      while (n.length < w) n = "0" + n;
      return n;
    }
    return pad(h, 4) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(c, 2);
  }

  // timeinterval (second, 10,0): an ISO 8601 duration, `PT1H2M3.45S`
  // (SCORM 2004 RTE 4.2.1, `cmi.session_time`).
  function duration(ms) {
    var cs = Math.floor(ms / 10);
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    var s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (h || m ? m + "M" : "") + s.toFixed(2) + "S";
  }

  function sessionTime() {
    var ms = new Date().getTime() - started;
    return is2004 ? duration(ms) : timespan(ms);
  }

  function say(text) {
    statusLine.textContent = text;
  }

  if (api && call(names.init, "") === "true") {
    if (is2004) {
      var completion = call(names.get, "cmi.completion_status");
      if (completion !== "completed") {
        call(names.set, "cmi.completion_status", "incomplete");
      }
      passedOnce = call(names.get, "cmi.success_status") === "passed";
    } else {
      var status = call(names.get, "cmi.core.lesson_status");
      if (status === "not attempted" || status === "" || status === "false") {
        call(names.set, "cmi.core.lesson_status", "incomplete");
      }
      passedOnce = status === "passed";
    }
    call(names.commit, "");
  } else {
    api = null;
    say(config.text.no_lms);
  }

  // Records what a `worthit:result` (or `worthit:comparison`) message
  // says: completed once the student has run the scenario (after the
  // reveal, when a prediction is asked for), passed or failed by the
  // exercise's goal (passed stays passed), and the prediction's score as
  // 0–100 (SCORM 2004 also as `cmi.score.scaled`, 0–1).
  function record(data) {
    if (config.predict && !data.prediction) {
      return; // The answer is still hidden: nothing has been run yet.
    }
    var success = null;
    if (data.exercise) {
      passedOnce = passedOnce || data.exercise.goal_met === true;
      success = passedOnce ? "passed" : "failed";
    }
    var score = data.prediction && typeof data.prediction.score === "number"
      ? Math.min(1, Math.max(0, data.prediction.score))
      : null;
    if (is2004) {
      call(names.set, "cmi.completion_status", "completed");
      if (success) call(names.set, "cmi.success_status", success);
      if (score !== null) {
        call(names.set, "cmi.score.scaled", String(score));
        call(names.set, "cmi.score.min", "0");
        call(names.set, "cmi.score.max", "100");
        call(names.set, "cmi.score.raw", String(Math.round(score * 100)));
      }
    } else {
      call(names.set, "cmi.core.lesson_status", success || "completed");
      if (score !== null) {
        call(names.set, "cmi.core.score.min", "0");
        call(names.set, "cmi.core.score.max", "100");
        call(names.set, "cmi.core.score.raw", String(Math.round(score * 100)));
      }
    }
    call(names.set, names.time, sessionTime());
    call(names.commit, "");
  }

  function finish() {
    if (!api || finished) return;
    finished = true;
    call(names.set, names.time, sessionTime());
    call(names.commit, "");
    call(names.finish, "");
  }

  var frame = document.getElementById("worthit-lms-frame");
  var query = "?embed=1";
  if (config.predict) query += "&predict=1";
  if (config.lang) query += "&lang=" + encodeURIComponent(config.lang);
  if (location.origin && location.origin !== "null") {
    query += "&host=" + encodeURIComponent(location.origin);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== frame.contentWindow || !data || typeof data.type !== "string") {
      return;
    }
    if (data.type === "worthit:result" || data.type === "worthit:comparison") {
      record(data);
    } else if (data.type === "worthit:resize" && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + "px";
    }
  });
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);

  // A comparison opens the page in compare mode on A and B.
  frame.src = config.page + query + (config.comparison
    ? "#comparison=" + encodeURIComponent(config.comparison)
    : "#scenario=" + encodeURIComponent(config.scenario));
})();
