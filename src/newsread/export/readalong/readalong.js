/* newsread read-along: the sentence being read is highlighted and kept in view.
   Reads its data from the JSON block #newsread-data; never builds markup from strings. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("newsread-data").textContent);
  var times = data.sentences;
  var rates = data.rates;
  var audio = document.getElementById("audio");
  var playButton = document.getElementById("play");
  var rateOut = document.getElementById("rate");
  var positionOut = document.getElementById("position");
  var status = document.getElementById("status");
  var spans = [];
  var current = -1;
  var frame = 0;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  for (var i = 0; i < times.length; i++) {
    spans.push(document.getElementById("s" + (i + 1)));
  }

  function announce(text) {
    status.textContent = text;
  }

  /* the sentence playing at time t: the last one that has started (the first before any has) */
  function sentenceAt(t) {
    var lo = 0;
    var hi = times.length - 1;
    var found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (times[mid][0] <= t + 0.001) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  function inView(el) {
    var box = el.getBoundingClientRect();
    var player = document.querySelector(".player").getBoundingClientRect();
    return box.top >= player.bottom && box.bottom <= window.innerHeight;
  }

  function highlight(index, focus) {
    if (index < 0 || index >= spans.length) {
      return;
    }
    if (index !== current) {
      if (current >= 0) {
        spans[current].classList.remove("current");
        spans[current].removeAttribute("aria-current");
        spans[current].tabIndex = -1;
      }
      current = index;
      var el = spans[current];
      el.classList.add("current");
      el.setAttribute("aria-current", "true");
      el.tabIndex = 0;
      positionOut.textContent = String(current + 1);
      if (!inView(el)) {
        el.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
      }
    }
    if (focus) {
      spans[current].focus({ preventScroll: true });
    }
  }

  function follow() {
    highlight(sentenceAt(audio.currentTime), false);
    if (!audio.paused) {
      frame = window.requestAnimationFrame(follow);
    }
  }

  function play() {
    var started = audio.play();
    if (started && typeof started.catch === "function") {
      started.catch(function (err) {
        announce("재생할 수 없습니다: " + err.name);
      });
    }
  }

  function seekTo(index, andPlay) {
    index = Math.max(0, Math.min(times.length - 1, index));
    audio.currentTime = index === 0 ? 0 : times[index][0];
    highlight(index, true);
    if (andPlay) {
      play();
    }
  }

  function move(step) {
    var target = Math.max(0, Math.min(times.length - 1, (current < 0 ? 0 : current) + step));
    seekTo(target, !audio.paused);
    announce("문장 " + (target + 1) + " / " + times.length);
  }

  function toggle() {
    if (audio.paused) {
      play();
    } else {
      audio.pause();
    }
  }

  function setRate(step) {
    var at = rates.indexOf(audio.playbackRate);
    if (at < 0) {
      at = rates.indexOf(1);
    }
    at = Math.max(0, Math.min(rates.length - 1, at + step));
    audio.playbackRate = rates[at];
    audio.defaultPlaybackRate = rates[at];
  }

  audio.preservesPitch = true;
  audio.addEventListener("play", function () {
    playButton.textContent = "일시정지";
    announce("재생");
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(follow);
  });
  audio.addEventListener("pause", function () {
    playButton.textContent = "재생";
    announce("일시정지");
  });
  audio.addEventListener("ended", function () {
    announce("끝");
  });
  audio.addEventListener("timeupdate", follow);
  audio.addEventListener("seeked", follow);
  audio.addEventListener("ratechange", function () {
    rateOut.textContent = audio.playbackRate + "×";
    announce("속도 " + audio.playbackRate + "배");
  });
  audio.addEventListener("error", function () {
    announce("오디오를 불러올 수 없습니다");
  });

  playButton.addEventListener("click", toggle);
  document.getElementById("prev").addEventListener("click", function () { move(-1); });
  document.getElementById("next").addEventListener("click", function () { move(1); });
  document.getElementById("slower").addEventListener("click", function () { setRate(-1); });
  document.getElementById("faster").addEventListener("click", function () { setRate(1); });

  document.getElementById("article").addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest(".s") : null;
    if (el) {
      seekTo(Number(el.getAttribute("data-i")), true);
    }
  });

  var toc = document.querySelector("nav.toc");
  if (toc) {
    toc.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[data-i]") : null;
      if (link) {
        event.preventDefault();
        seekTo(Number(link.getAttribute("data-i")), !audio.paused);
      }
    });
  }

  var nativeKeys = /^(BUTTON|INPUT|SELECT|TEXTAREA|AUDIO|VIDEO|A)$/;
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    var tag = event.target && event.target.tagName ? event.target.tagName : "";
    var native = nativeKeys.test(tag);
    var key = event.key;
    if ((key === " " || key === "Spacebar") && !native) {
      toggle();
    } else if (key === "Enter" && event.target.classList && event.target.classList.contains("s")) {
      seekTo(Number(event.target.getAttribute("data-i")), true);
    } else if (key === "ArrowLeft" && tag !== "AUDIO" && tag !== "INPUT") {
      move(-1);
    } else if (key === "ArrowRight" && tag !== "AUDIO" && tag !== "INPUT") {
      move(1);
    } else if (key === "[") {
      setRate(-1);
    } else if (key === "]") {
      setRate(1);
    } else {
      return;
    }
    event.preventDefault();
  });

  highlight(0, false);
})();
