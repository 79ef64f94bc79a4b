// Line icons drawn as inline SVG in the text colour: they render the same on every tablet, with
// no emoji font needed. Always decorative (aria-hidden); the words beside them carry the meaning.

const SVG = "http://www.w3.org/2000/svg";

const SHAPES = {
  mic: ["rect x=9 y=2 width=6 height=12 rx=3", "path d=M5_11a7_7_0_0_0_14_0", "path d=M12_18v4", "path d=M8_22h8"],
  micOff: ["rect x=9 y=2 width=6 height=12 rx=3", "path d=M5_11a7_7_0_0_0_14_0", "path d=M12_18v4", "path d=M3_3l18_18"],
  stop: ["rect x=6 y=6 width=12 height=12 rx=2 fill=currentColor"],
  cart: ["circle cx=9 cy=20 r=1.5", "circle cx=18 cy=20 r=1.5", "path d=M2_3h3l2.5_12h11l2-8H6.5"],
  truck: ["path d=M2_6h11v10H2z", "path d=M13_10h4l4_4v2h-8z", "circle cx=6 cy=18 r=2", "circle cx=17 cy=18 r=2"],
  speaker: ["path d=M4_9h4l5-4v14l-5-4H4z", "path d=M16_9a4_4_0_0_1_0_6", "path d=M19_6a8_8_0_0_1_0_12"],
  tablet: ["rect x=5 y=2 width=14 height=20 rx=2", "path d=M11_18h2"],
  repeat: ["path d=M4_12a8_8_0_0_1_14-5.3L20_9", "path d=M20_4v5h-5", "path d=M20_12a8_8_0_0_1-14_5.3L4_15", "path d=M4_20v-5h5"],
};

/** An icon by name ("mic", "cart", ...), 1em square unless CSS says otherwise. */
export function icon(name, extraClass = "") {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", `icon ${extraClass}`.trim());
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const shape of SHAPES[name]) {
    const [tag, ...attrs] = shape.split(" ");
    const el = document.createElementNS(SVG, tag);
    for (const attr of attrs) {
      const [key, value] = attr.split("=");
      el.setAttribute(key, value.replaceAll("_", " "));
    }
    svg.append(el);
  }
  return svg;
}
