// worthit's start-up check, a classic script without `crossorigin`, so it
// loads even where the page's own files cannot: in a frame sandboxed
// without allow-same-origin, the browser fetches worthit's .js, .wasm and
// .css in CORS mode with `Origin: null`, and a server that does not answer
// with `Access-Control-Allow-Origin: *` (docs/embedding.md, "Headers")
// leaves the page at "Loading the simulator…" with the cause only in the
// console. This script notices a failed load before the WebAssembly runs
// (or when it never does) and says in the frame, in the page's language,
// what the server must send.
//
// The texts are the `boot-load-failed*` messages of www/locales/*.ftl
// (crates/i18n/tests/files.rs checks they match): the translation files
// themselves cannot be fetched when loading is what failed.
(function () {
  "use strict";
  var TEXTS = {
    "en": {
      embedded: "worthit could not load its files. The server that hosts worthit must send the header Access-Control-Allow-Origin: * with its .js, .wasm, .css and .ftl files, because this frame loads them from an opaque origin (see docs/embedding.md, Headers).",
      page: "worthit could not load its files. Check the connection and reload the page."
    },
    "zh-CN": {
      embedded: "worthit 无法加载它的文件。托管 worthit 的服务器必须在 .js、.wasm、.css 和 .ftl 文件上发送标头 Access-Control-Allow-Origin: *，因为此框架从不透明源加载它们（见 docs/embedding.md 的“Headers”）。",
      page: "worthit 无法加载它的文件。请检查网络连接并重新加载页面。"
    },
    "zh-TW": {
      embedded: "worthit 無法載入它的檔案。託管 worthit 的伺服器必須在 .js、.wasm、.css 和 .ftl 檔案上傳送標頭 Access-Control-Allow-Origin: *，因為此框架從不透明來源載入它們（見 docs/embedding.md 的「Headers」）。",
      page: "worthit 無法載入它的檔案。請檢查網路連線並重新載入頁面。"
    },
    "ko": {
      embedded: "worthit이 파일을 불러오지 못했습니다. worthit을 호스팅하는 서버는 .js, .wasm, .css, .ftl 파일에 Access-Control-Allow-Origin: * 헤더를 보내야 합니다. 이 프레임은 불투명한 출처에서 파일을 불러오기 때문입니다(docs/embedding.md의 Headers 참고).",
      page: "worthit이 파일을 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요."
    }
  };

  // The same choice as the page (crates/i18n/src/lang.rs): `?lang=` first,
  // then the browser's languages; Chinese by script, then by region.
  function parse(tag) {
    var parts = String(tag || "").trim().toLowerCase().split(/[-_]/);
    var language = parts[0];
    if (language === "en") return "en";
    if (language === "ko") return "ko";
    if (language !== "zh") return null;
    var rest = parts.slice(1);
    for (var i = 0; i < rest.length; i++) {
      if (rest[i] === "hant") return "zh-TW";
      if (rest[i] === "hans") return "zh-CN";
    }
    for (var j = 0; j < rest.length; j++) {
      if (rest[j] === "tw" || rest[j] === "hk" || rest[j] === "mo") return "zh-TW";
    }
    return "zh-CN";
  }

  function language() {
    var match = /[?&]lang=([^&#]*)/.exec(location.search);
    if (match) {
      var asked = parse(decodeURIComponent(match[1]));
      if (asked) return asked;
    }
    var tags = navigator.languages || [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var lang = parse(tags[i]);
      if (lang) return lang;
    }
    return "en";
  }

  function embedded() {
    try {
      return window.top !== window;
    } catch (e) {
      return true;
    }
  }

  function started() {
    var app = document.getElementById("app");
    return app && app.childElementCount > 0;
  }

  var shown = false;
  function fail() {
    // A file can fail while the head is still being read: the message
    // goes into the body once there is one.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fail);
      return;
    }
    if (shown || started()) return;
    shown = true;
    var lang = language();
    var text = TEXTS[lang][embedded() ? "embedded" : "page"];
    var boot = document.querySelector(".boot");
    if (!boot) return;
    var message = document.createElement("p");
    message.className = "boot-failed";
    message.setAttribute("data-testid", "boot-failed");
    message.setAttribute("lang", lang);
    message.textContent = text;
    // Replaces "Loading the simulator…": it will not load.
    var paragraphs = boot.querySelectorAll("p:not(.boot-title)");
    for (var i = 0; i < paragraphs.length; i++) paragraphs[i].remove();
    boot.appendChild(message);
    boot.setAttribute("role", "alert");
    // The build's prerendered result (crates/prerender) hides the boot
    // screen while it waits for the page; the page will not come, so the
    // message must show (the prerendered numbers stay: they are right).
    document.documentElement.classList.remove("prerendered");
  }

  // A stylesheet, a script or a module import that fails to load fires
  // `error` at its element; it does not bubble, so listen in the capture
  // phase. The WebAssembly fetch rejects the loader's promise instead.
  window.addEventListener("error", function (event) {
    var target = event.target;
    if (target && (target.tagName === "SCRIPT" || target.tagName === "LINK")) fail();
  }, true);
  window.addEventListener("unhandledrejection", function () {
    fail();
  });
  // A stylesheet that failed before this script listened has no sheet.
  window.addEventListener("load", function () {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      if (!links[i].sheet) fail();
    }
  });
})();
