// baocao portal: the only script. Pages work without it; it adds upload progress (Nộp dữ liệu).
"use strict";

// Nộp dữ liệu: send the form with XMLHttpRequest to show the bytes sent, then the rows the server
// has read and the share of the file (GET /nop/tien-do?ma=TOKEN every 500 ms), and open the receipt the server redirects to.
(function () {
  const form = document.getElementById("upload");
  if (!form || !window.XMLHttpRequest || !window.FormData || !window.crypto || !crypto.getRandomValues) return;
  const box = document.getElementById("upload-progress");
  const bar = box ? box.querySelector("progress") : null;
  const text = box ? box.querySelector("[role=status]") : null;

  function randomToken() {
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function say(message) {
    if (text) text.textContent = message;
  }
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  form.addEventListener("submit", function (event) {
    if (!form.elements.file || form.elements.file.files.length === 0) return;  // the browser says so
    event.preventDefault();
    const token = randomToken();
    form.elements.tien_do.value = token;
    const button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    if (box) box.hidden = false;
    if (bar) { bar.max = 100; bar.value = 0; }
    say("Đang gửi tệp…");

    let timer = null;
    function poll() {
      const ask = new XMLHttpRequest();
      ask.open("GET", "/nop/tien-do?ma=" + encodeURIComponent(token));
      ask.responseType = "json";
      ask.onload = function () {
        const r = ask.response;
        if (ask.status === 200 && r && typeof r.rows === "number") {
          const known = typeof r.percent === "number";
          if (known && bar) { bar.max = 100; bar.value = r.percent; }
          say((r.done ? "Đã đọc xong " : "Đã đọc ") + grouped(r.rows) + " dòng" + (known && !r.done ? " (" + r.percent + "%)" : "") + "…");
        }
      };
      ask.send();
    }
    function stopPolling() {
      if (timer !== null) { clearInterval(timer); timer = null; }
    }

    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable || !bar) return;
      bar.max = e.total;
      bar.value = e.loaded;
      say("Đang gửi tệp: " + Math.floor((100 * e.loaded) / e.total) + "%");
    };
    xhr.upload.onload = function () {
      if (bar) bar.removeAttribute("value");  // indeterminate while the server reads the file
      say("Đã gửi xong, máy chủ đang đọc tệp…");
      timer = setInterval(poll, 500);
    };
    xhr.onload = function () {
      stopPolling();
      // The progress entry is read once more so that the server forgets it, then the page the server
      // answered with (the receipt, or the form with its message) is opened.
      const last = new XMLHttpRequest();
      last.open("GET", "/nop/tien-do?ma=" + encodeURIComponent(token));
      last.onloadend = function () {
        if (xhr.responseURL && xhr.responseURL !== new URL(form.action, location.href).href) {
          location.assign(xhr.responseURL);
        } else {
          // A refusal (the form again with its message, 403, 413): show the server's page as it is.
          const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
          document.title = page.title;
          document.body.replaceWith(document.adoptNode(page.body));
        }
      };
      last.send();
    };
    xhr.onerror = function () {
      stopPolling();
      if (button) button.disabled = false;
      say("Không gửi được tệp (mất kết nối tới máy chủ?). Hãy thử nộp lại.");
    };
    xhr.send(new FormData(form));
  });
})();
