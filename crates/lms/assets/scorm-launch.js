// worthit's SCORM 1.2 launch script: the LMS opens launch.html (the SCO);
// this script finds the LMS's run-time API, frames the worthit page on the
// package's scenario and turns the page's `worthit:result` messages into
// SCORM data. The page itself knows nothing of SCORM (docs/embedding.md,
// "The LMS package"). Written for old browsers too: no modules, no
// arrow functions, nothing stored.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("worthit-lms-config").textContent);
  var statusLine = document.getElementById("worthit-lms-status");

  // The SCORM 1.2 API discovery walk (ADL's APIWrapper.js `findAPI`):
  // climb the window.parent chain, then the opener's. A window of another
  // origin on the way throws on `.API`; the walk goes on past it.
  function findIn(win) {
    for (var tries = 0; win && tries < 500; tries++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") {
          return win.API;
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

  function say(text) {
    statusLine.textContent = text;
  }

  if (api && call("LMSInitialize", "") === "true") {
    var status = call("LMSGetValue", "cmi.core.lesson_status");
    if (status === "not attempted" || status === "" || status === "false") {
      call("LMSSetValue", "cmi.core.lesson_status", "incomplete");
    }
    passedOnce = status === "passed";
    call("LMSCommit", "");
  } else {
    api = null;
    say(config.text.no_lms);
  }

  // Records what a `worthit:result` message says: completed once the
  // student has run the scenario (after the reveal, when a prediction is
  // asked for), passed or failed by the exercise's goal (passed stays
  // passed), and the prediction's score as 0–100.
  function record(data) {
    if (config.predict && !data.prediction) {
      return; // The answer is still hidden: nothing has been run yet.
    }
    var status = "completed";
    if (data.exercise) {
      passedOnce = passedOnce || data.exercise.goal_met === true;
      status = passedOnce ? "passed" : "failed";
    }
    call("LMSSetValue", "cmi.core.lesson_status", status);
    if (data.prediction && typeof data.prediction.score === "number") {
      call("LMSSetValue", "cmi.core.score.min", "0");
      call("LMSSetValue", "cmi.core.score.max", "100");
      call("LMSSetValue", "cmi.core.score.raw", String(Math.round(data.prediction.score * 100)));
    }
    call("LMSSetValue", "cmi.core.session_time", timespan(new Date().getTime() - started));
    call("LMSCommit", "");
  }

  function finish() {
    if (!api || finished) return;
    finished = true;
    call("LMSSetValue", "cmi.core.session_time", timespan(new Date().getTime() - started));
    call("LMSCommit", "");
    call("LMSFinish", "");
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
    if (data.type === "worthit:result") {
      record(data);
    } else if (data.type === "worthit:resize" && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + "px";
    }
  });
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);

  frame.src = config.page + query + "#scenario=" + encodeURIComponent(config.scenario);
})();
