// The network map, where JavaScript runs: hovering over or focusing an actor lights up its
// ties and the actors at their other ends, and buttons (or + and - on the focused map) zoom
// the picture while dragging or the arrow keys move it. Without it the map is a picture
// whose actors are links, and everything it shows is in the tables below it.
(function () {
  "use strict";

  var STEP = 1.25;
  var SMALLEST = 0.3;
  var LARGEST = 4;

  function ends(path) {
    return path.getAttribute("data-tie").split("-");
  }

  function light(svg, node) {
    var pk = node.getAttribute("data-actor");
    var linked = {};
    linked[pk] = true;
    svg.querySelectorAll("path[data-tie]").forEach(function (path) {
      var pair = ends(path);
      if (pair[0] === pk || pair[1] === pk) {
        linked[pair[0]] = linked[pair[1]] = true;
        path.classList.add("is-linked");
      }
    });
    svg.querySelectorAll("g[data-actor]").forEach(function (other) {
      other.classList.toggle("is-linked", !!linked[other.getAttribute("data-actor")]);
    });
    svg.classList.add("is-lit");
  }

  function unlight(svg) {
    svg.classList.remove("is-lit");
    svg.querySelectorAll(".is-linked").forEach(function (element) {
      element.classList.remove("is-linked");
    });
  }

  function button(text, label, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "button button--secondary";
    element.textContent = text;
    element.setAttribute("aria-label", label);
    // The symbols' names shown on hover too, for those who see "+" and "\u2212" only.
    if (label !== text) element.title = label;
    element.addEventListener("click", action);
    return element;
  }

  function zoomTools(figure, viewport, svg) {
    var width = parseFloat(svg.getAttribute("width"));
    var height = parseFloat(svg.getAttribute("height"));
    var scale = 1;
    var status = document.createElement("span");
    status.className = "network-map__zoom";
    status.setAttribute("aria-live", "polite");

    function zoom(factor) {
      var next = factor === null ? 1 : Math.min(LARGEST, Math.max(SMALLEST, scale * factor));
      // Keep the middle of what is seen in the middle.
      var middleX = (viewport.scrollLeft + viewport.clientWidth / 2) / scale;
      var middleY = (viewport.scrollTop + viewport.clientHeight / 2) / scale;
      scale = next;
      svg.setAttribute("width", String(Math.round(width * scale)));
      svg.setAttribute("height", String(Math.round(height * scale)));
      viewport.scrollLeft = middleX * scale - viewport.clientWidth / 2;
      viewport.scrollTop = middleY * scale - viewport.clientHeight / 2;
      status.textContent = Math.round(scale * 100) + " %";
    }

    var tools = document.createElement("div");
    tools.className = "network-map__tools";
    tools.appendChild(button("+", figure.getAttribute("data-zoom-in"), function () { zoom(STEP); }));
    tools.appendChild(button("\u2212", figure.getAttribute("data-zoom-out"), function () { zoom(1 / STEP); }));
    var reset = figure.getAttribute("data-zoom-reset");
    tools.appendChild(button(reset, reset, function () { zoom(null); }));
    tools.appendChild(status);
    figure.insertBefore(tools, viewport);

    viewport.addEventListener("keydown", function (event) {
      if (event.target !== viewport) {
        return;
      }
      if (event.key === "+" || event.key === "=") {
        zoom(STEP);
        event.preventDefault();
      } else if (event.key === "-") {
        zoom(1 / STEP);
        event.preventDefault();
      }
    });
  }

  // Dragging the picture moves it; a click without a drag still follows a link.
  function dragToMove(viewport) {
    var drag = null;
    var dragged = false;
    viewport.addEventListener("pointerdown", function (event) {
      dragged = false;
      if (event.pointerType === "mouse" && event.button === 0) {
        drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
      }
    });
    viewport.addEventListener("pointermove", function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) {
        dragged = true;
        viewport.classList.add("is-dragging");
      }
      viewport.scrollLeft = drag.left - dx;
      viewport.scrollTop = drag.top - dy;
    });
    window.addEventListener("pointerup", function () {
      viewport.classList.remove("is-dragging");
      drag = null;
    });
    viewport.addEventListener("click", function (event) {
      if (dragged) {
        event.preventDefault();  // the end of a drag, not a choice of actor
        dragged = false;
      }
    }, true);
  }

  function setUp(figure) {
    var viewport = figure.querySelector(".network-map__viewport");
    var svg = viewport && viewport.querySelector("svg");
    if (!svg) {
      return;
    }
    zoomTools(figure, viewport, svg);
    dragToMove(viewport);
    svg.querySelectorAll("g[data-actor]").forEach(function (node) {
      node.addEventListener("mouseenter", function () { light(svg, node); });
      node.addEventListener("mouseleave", function () { unlight(svg); });
      node.addEventListener("focusin", function () { light(svg, node); });
      node.addEventListener("focusout", function () { unlight(svg); });
    });
  }

  document.querySelectorAll("[data-network-map]").forEach(setUp);
})();
