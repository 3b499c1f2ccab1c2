"""The demo's network map as a browser draws it: the real boxes of the nodes and names do
not overlap at a desktop's and a phone's width, an actor's ties light up when it is hovered
or focused, and the map zooms."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each node's shape and each line of its name, as the browser laid them out.
BOXES = """
() => Array.from(document.querySelectorAll(".network-map svg g[data-actor]")).flatMap(node => {
  const shape = node.querySelector("circle:not([fill='none']), rect:not([fill-opacity]), polygon");
  return [shape, ...node.querySelectorAll("text")].map(element => {
    const box = element.getBBox();
    return {actor: node.dataset.actor, x: box.x, y: box.y, width: box.width, height: box.height};
  });
})
"""


def overlapping(boxes):
    found = []
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            if box["actor"] == other["actor"]:
                continue
            if (
                box["x"] < other["x"] + other["width"]
                and other["x"] < box["x"] + box["width"]
                and box["y"] < other["y"] + other["height"]
                and other["y"] < box["y"] + box["height"]
            ):
                found.append((box["actor"], other["actor"]))
    return found


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("url", ["/fi/verkostokartta/", "/sv/natverkskarta/?size=betweenness"])
def test_no_two_nodes_or_names_of_the_demo_map_overlap(
    browser, live_server, demo_content, url, width
):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    page.goto(url)
    boxes = page.evaluate(BOXES)
    assert len(boxes) > 29 * 2
    assert overlapping(boxes) == []
    context.close()


def test_hovering_or_focusing_an_actor_lights_up_its_ties(page, demo_content):
    page.goto("/fi/verkostokartta/")
    node = page.locator(".network-map svg g[data-actor]").first
    node.hover()
    svg = page.locator(".network-map svg")
    assert "is-lit" in svg.get_attribute("class")
    pk = node.get_attribute("data-actor")
    lit = page.locator("path[data-tie].is-linked")
    assert lit.count() > 0
    for key in lit.evaluate_all("paths => paths.map(p => p.dataset.tie)"):
        assert pk in key.split("-")[:2]
    page.mouse.move(0, 0)
    assert "is-lit" not in (svg.get_attribute("class") or "")
    # The keyboard reaches the same: each actor is a link.
    node.locator("a").focus()
    assert "is-lit" in svg.get_attribute("class")


def test_the_map_zooms_with_its_buttons(page, demo_content):
    page.goto("/fi/verkostokartta/")
    svg = page.locator(".network-map svg")
    width = float(svg.get_attribute("width"))
    zoom_in = page.get_by_role("button", name="Lähennä")
    # The symbol's name shows on hover too.
    assert zoom_in.text_content() == "+" and zoom_in.get_attribute("title") == "Lähennä"
    zoom_in.click()
    assert float(svg.get_attribute("width")) == pytest.approx(width * 1.25, abs=1)
    page.get_by_role("button", name="Todellinen koko").click()
    assert float(svg.get_attribute("width")) == width


def test_without_javascript_the_map_has_no_buttons_and_its_actors_are_links(
    browser, live_server, demo_content
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/fi/verkostokartta/")
    assert page.get_by_role("button", name="Lähennä").count() == 0
    page.locator(".network-map svg g[data-actor] a").first.click()
    page.wait_for_url("**/verkostokartta/*/")
    assert page.locator("h1").text_content().startswith("Toimijan ")
    context.close()


def test_a_focused_actor_is_ringed_in_dark_as_well_as_yellow(page, demo_content):
    """WCAG 1.4.11 and 2.4.7: the yellow outline alone stands 1.6:1 against the map's light
    boxes; the focused actor's backing gets the dark edge of the site's focus ring too."""
    page.goto("/fi/verkostokartta/")
    page.keyboard.press("Tab")  # a keyboard user: :focus-visible from here on
    link = page.locator(".network-map svg g[data-actor] a").first
    link.focus()
    stroke = link.evaluate(
        """a => { const s = getComputedStyle(a.querySelector('rect[rx]'));
                  return [s.stroke, parseFloat(s.strokeWidth)]; }"""
    )
    assert stroke[0] == "rgb(27, 27, 27)"
    assert stroke[1] >= 3
    assert link.evaluate("a => getComputedStyle(a).outlineStyle") == "solid"
