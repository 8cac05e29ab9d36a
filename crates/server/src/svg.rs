//! Charts drawn as SVG on the server: no JavaScript charting library, nothing to download.
//! Every mark is a link to the events behind it, so an analyst clicks a spike and gets
//! its events.

use maud::{html, Markup};

/// Colours of the quad classes (1 verbal cooperation .. 4 material conflict).
pub const QUAD_COLOURS: [&str; 4] = ["#7fbf7b", "#1b7837", "#f1a340", "#b2182b"];
pub const QUAD_NAMES: [&str; 4] = [
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];

/// One column of a stacked chart: a label (a period) and one value per series; each
/// segment carries the link to its events.
pub struct Column {
    pub label: String,
    pub values: [f64; 4],
    pub links: [String; 4],
}

const WIDTH: f64 = 960.0;
const LEFT: f64 = 48.0;
const TOP: f64 = 12.0;

fn fmt(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

/// The non-empty segments of a stacked column: (series, bottom, top).
fn stack(values: &[f64; 4]) -> Vec<(usize, f64, f64)> {
    let mut base = 0.0;
    let mut out = Vec::new();
    for (q, v) in values.iter().enumerate() {
        if *v > 0.0 {
            out.push((q, base, base + v));
            base += v;
        }
    }
    out
}

/// Bars of the four quad classes stacked upwards (counts), one column a period.
pub fn stacked_bars(columns: &[Column], height: f64, unit: &str) -> Markup {
    let max = columns
        .iter()
        .map(|c| c.values.iter().sum::<f64>())
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let plot_h = height - TOP - 28.0;
    let step = (WIDTH - LEFT - 8.0) / columns.len().max(1) as f64;
    let bar_w = (step * 0.8).max(1.0);
    let y = |v: f64| TOP + plot_h - v / max * plot_h;
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {height}")) role="img"
            aria-label=(format!("{unit} per period by quad class")) {
            line.axis x1=(LEFT) y1=(y(0.0)) x2=(WIDTH - 4.0) y2=(y(0.0)) {}
            text.tick x=(LEFT - 6.0) y=(y(max) + 4.0) text-anchor="end" { (fmt(max)) }
            text.tick x=(LEFT - 6.0) y=(y(0.0)) text-anchor="end" { "0" }
            @for (i, c) in columns.iter().enumerate() {
                @let x = LEFT + i as f64 * step + (step - bar_w) / 2.0;
                @for (q, base, top) in stack(&c.values) {
                    a.bar href=(c.links[q]) data-period=(c.label) data-quad=(q + 1) {
                        rect x=(format!("{x:.1}")) y=(format!("{:.1}", y(top)))
                            width=(format!("{bar_w:.1}"))
                            height=(format!("{:.1}", (y(base) - y(top)).max(0.5)))
                            fill=(QUAD_COLOURS[q]) {
                            title { (c.label) ": " (fmt(c.values[q])) " " (unit) ", " (QUAD_NAMES[q]) }
                        }
                    }
                }
            }
            (x_labels(columns.iter().map(|c| c.label.as_str()).collect(), step, height))
        }
    }
}

/// Cooperation above the axis, conflict below (Goldstein-weighted sums per period: one
/// segment a quad class, each linking to its events).
pub fn diverging_bars(columns: &[Column], height: f64) -> Markup {
    let up = |c: &Column| c.values[0] + c.values[1];
    let down = |c: &Column| c.values[2] + c.values[3];
    let max = columns
        .iter()
        .map(|c| up(c).max(down(c)))
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let plot_h = height - TOP - 28.0;
    let mid = TOP + plot_h / 2.0;
    let scale = plot_h / 2.0 / max;
    let step = (WIDTH - LEFT - 8.0) / columns.len().max(1) as f64;
    let bar_w = (step * 0.8).max(1.0);
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {height}")) role="img"
            aria-label="cooperation and conflict per period (Goldstein-weighted)" {
            line.axis x1=(LEFT) y1=(mid) x2=(WIDTH - 4.0) y2=(mid) {}
            text.tick x=(LEFT - 6.0) y=(TOP + 8.0) text-anchor="end" { "+" (fmt(max)) }
            text.tick x=(LEFT - 6.0) y=(mid + 4.0) text-anchor="end" { "0" }
            text.tick x=(LEFT - 6.0) y=(TOP + plot_h) text-anchor="end" { "-" (fmt(max)) }
            @for (i, c) in columns.iter().enumerate() {
                @let x = LEFT + i as f64 * step + (step - bar_w) / 2.0;
                // Cooperation stacks up from the axis, conflict down from it.
                @let segments = [
                    (0usize, mid - c.values[0] * scale, c.values[0] * scale),
                    (1, mid - (c.values[0] + c.values[1]) * scale, c.values[1] * scale),
                    (2, mid, c.values[2] * scale),
                    (3, mid + c.values[2] * scale, c.values[3] * scale),
                ];
                @for (q, top, h) in segments {
                    @if h > 0.0 {
                        a.bar href=(c.links[q]) data-period=(c.label) data-quad=(q + 1) {
                            rect x=(format!("{x:.1}")) y=(format!("{top:.1}"))
                                width=(format!("{bar_w:.1}")) height=(format!("{:.1}", h.max(0.5)))
                                fill=(QUAD_COLOURS[q]) {
                                title { (c.label) ": " (QUAD_NAMES[q]) ", Goldstein-weighted "
                                    (fmt(c.values[q])) }
                            }
                        }
                    }
                }
            }
            (x_labels(columns.iter().map(|c| c.label.as_str()).collect(), step, height))
        }
    }
}

/// At most about twelve period labels under the columns.
fn x_labels(labels: Vec<&str>, step: f64, height: f64) -> Markup {
    let every = (labels.len() / 12).max(1);
    html! {
        @for (i, l) in labels.iter().enumerate() {
            @if i % every == 0 {
                text.tick x=(format!("{:.1}", LEFT + i as f64 * step + step / 2.0))
                    y=(height - 8.0) text-anchor="middle" { (l) }
            }
        }
    }
}

/// An edge of the actor network.
pub struct Edge {
    pub from: String,
    pub to: String,
    pub events: i64,
    /// 1-4: the quad class with most events.
    pub quad: u8,
    pub link: String,
}

/// Actors on a circle, an arrow for each directed pair, width by events, colour by the
/// dominant quad class; nodes link to the actor view, edges to the dyad view.
pub fn network(edges: &[Edge], node_link: impl Fn(&str) -> String) -> Markup {
    let mut nodes: Vec<&str> = Vec::new();
    for e in edges {
        for n in [e.from.as_str(), e.to.as_str()] {
            if !nodes.contains(&n) {
                nodes.push(n);
            }
        }
    }
    let size = 720.0;
    let (cx, cy, r) = (size / 2.0, size / 2.0, size / 2.0 - 70.0);
    let pos = |n: &str| {
        let i = nodes.iter().position(|m| *m == n).unwrap_or(0) as f64;
        let a = i / nodes.len().max(1) as f64 * std::f64::consts::TAU - std::f64::consts::FRAC_PI_2;
        (cx + r * a.cos(), cy + r * a.sin())
    };
    let max = edges.iter().map(|e| e.events).max().unwrap_or(1).max(1) as f64;
    html! {
        svg.chart.network viewBox=(format!("0 0 {size} {size}")) role="img" aria-label="actor network" {
            defs {
                @for (q, colour) in QUAD_COLOURS.iter().enumerate() {
                    marker id=(format!("arrow{}", q + 1)) viewBox="0 0 10 10" refX="18" refY="5"
                        markerWidth="6" markerHeight="6" orient="auto-start-reverse" {
                        path d="M 0 0 L 10 5 L 0 10 z" fill=(colour) {}
                    }
                }
            }
            @for e in edges {
                @let (x1, y1) = pos(&e.from);
                @let (x2, y2) = pos(&e.to);
                @let q = e.quad.clamp(1, 4) as usize;
                a.edge href=(e.link) {
                    line x1=(format!("{x1:.1}")) y1=(format!("{y1:.1}")) x2=(format!("{x2:.1}"))
                        y2=(format!("{y2:.1}")) stroke=(QUAD_COLOURS[q - 1])
                        stroke-width=(format!("{:.1}", 1.0 + 7.0 * (e.events as f64 / max).sqrt()))
                        stroke-opacity="0.75" marker-end=(format!("url(#arrow{q})")) {
                        title { (e.from) " → " (e.to) ": " (e.events) " events, mostly " (QUAD_NAMES[q - 1]) }
                    }
                }
            }
            @for n in &nodes {
                @let (x, y) = pos(n);
                a.node href=(node_link(n)) {
                    circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="9" {}
                    text x=(format!("{x:.1}")) y=(format!("{:.1}", if y < cy { y - 14.0 } else { y + 24.0 }))
                        text-anchor="middle" { (n) }
                }
            }
        }
    }
}
