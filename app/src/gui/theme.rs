//! Design tokens: every colour, size and spacing the GUI uses comes from here, and severity
//! colours come from one function, [`severity_colors`]. Panels never build raw colours.
//!
//! The theme is light on purpose: installers read the screen on site, often in daylight.

use std::sync::Arc;

use eframe::egui::{self, Color32, FontFamily, FontId, Margin, Stroke, TextStyle};

/// Semantic colours and sizes.
#[derive(Clone, Copy, Debug)]
pub struct Tokens {
    pub accent: Color32,
    pub accent_text: Color32,
    pub text: Color32,
    pub text_subdued: Color32,
    pub panel_fill: Color32,
    pub window_fill: Color32,
    pub card_fill: Color32,
    pub card_stroke: Color32,
    pub ok: Color32,
    pub warn: Color32,
    pub error: Color32,
    pub space_xs: f32,
    pub space_s: f32,
    pub space_m: f32,
    pub space_l: f32,
    pub space_xl: f32,
    pub corner_radius: u8,
    /// Reading width for text-heavy screens; wider lines are hard to follow.
    pub content_max_width: f32,
    pub nav_width: f32,
    pub body_size: f32,
    pub small_size: f32,
    pub heading_size: f32,
    pub title_size: f32,
}

pub const TOKENS: Tokens = Tokens {
    accent: Color32::from_rgb(0x0b, 0x5c, 0x6e),
    accent_text: Color32::WHITE,
    text: Color32::from_rgb(0x1f, 0x25, 0x2b),
    text_subdued: Color32::from_rgb(0x4f, 0x5b, 0x66),
    panel_fill: Color32::from_rgb(0xf5, 0xf6, 0xf7),
    window_fill: Color32::from_rgb(0xff, 0xff, 0xff),
    card_fill: Color32::from_rgb(0xff, 0xff, 0xff),
    card_stroke: Color32::from_rgb(0xc9, 0xd1, 0xd8),
    ok: Color32::from_rgb(0x1e, 0x6b, 0x34),
    warn: Color32::from_rgb(0x8a, 0x5a, 0x00),
    error: Color32::from_rgb(0xa3, 0x1f, 0x1f),
    space_xs: 4.0,
    space_s: 8.0,
    space_m: 12.0,
    space_l: 20.0,
    space_xl: 32.0,
    corner_radius: 6,
    content_max_width: 900.0,
    nav_width: 190.0,
    body_size: 14.0,
    small_size: 12.0,
    heading_size: 20.0,
    title_size: 28.0,
};

use audit_core::checks::Light;
/// Finding severity, as the checks report it (design §6 words: critical … info).
pub use audit_core::findings::Severity;

/// Badge fill and the text colour that reads on it (contrast ≥ 4.5:1 for every pair).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeverityColors {
    pub fill: Color32,
    pub text: Color32,
}

/// The one place severity colours are decided.
pub fn severity_colors(severity: Severity) -> SeverityColors {
    let (fill, text) = match severity {
        Severity::Critical => (Color32::from_rgb(0x7a, 0x0b, 0x1e), Color32::WHITE),
        Severity::High => (Color32::from_rgb(0xb4, 0x2b, 0x12), Color32::WHITE),
        Severity::Medium => (
            Color32::from_rgb(0xf2, 0xb1, 0x2c),
            Color32::from_rgb(0x1f, 0x1a, 0x00),
        ),
        Severity::Low => (Color32::from_rgb(0x2f, 0x5f, 0x9e), Color32::WHITE),
        Severity::Info => (
            Color32::from_rgb(0xdd, 0xe3, 0xe8),
            Color32::from_rgb(0x1f, 0x25, 0x2b),
        ),
    };
    SeverityColors { fill, text }
}

/// The traffic light's colour (the homeowner verdict and the verdict card). Red and amber are the
/// critical and medium badge fills, so a verdict and the findings behind it look alike.
pub fn light_color(light: Light) -> Color32 {
    match light {
        Light::Red => Color32::from_rgb(0xc6, 0x28, 0x28),
        Light::Amber => severity_colors(Severity::Medium).fill,
        Light::Green => Color32::from_rgb(0x2e, 0x7d, 0x32),
    }
}

/// A filled circle in the light's colour, `radius` points, with a thin dark ring so that amber
/// reads on white.
pub fn traffic_light(ui: &mut egui::Ui, light: Light, radius: f32) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(radius * 2.0, radius * 2.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.circle(
        rect.center(),
        radius - 1.0,
        light_color(light),
        Stroke::new(1.5, TOKENS.text.gamma_multiply(0.35)),
    );
    response
}

/// The bold face, used for the title and headings.
pub fn bold_family() -> FontFamily {
    FontFamily::Name(BOLD_FAMILY.into())
}

const BOLD_FAMILY: &str = "bold";

/// DejaVu Sans first, egui's defaults as fallback (assets/gui/README.md says why).
fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        (
            "dejavu-sans",
            include_bytes!("../../../assets/gui/DejaVuSans.ttf").as_slice(),
        ),
        (
            "dejavu-sans-bold",
            include_bytes!("../../../assets/gui/DejaVuSans-Bold.ttf").as_slice(),
        ),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            Arc::new(egui::FontData::from_static(bytes)),
        );
    }
    let proportional = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut regular = vec!["dejavu-sans".to_owned()];
    regular.extend(proportional.iter().cloned());
    let mut bold = vec!["dejavu-sans-bold".to_owned(), "dejavu-sans".to_owned()];
    bold.extend(proportional);
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(bold_family(), bold);
    fonts
}

/// Writes the fonts and tokens into egui's style. Called once, before the first frame.
pub fn apply(ctx: &egui::Context) {
    let applied = egui::Id::unique("bas_audit_theme_applied");
    if ctx.data(|d| d.get_temp::<bool>(applied)).unwrap_or(false) {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(applied, true));
    ctx.set_fonts(fonts());
    ctx.set_theme(egui::Theme::Light);
    ctx.style_mut_of(egui::Theme::Light, |style| {
        let t = TOKENS;
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(t.small_size, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(t.body_size, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(t.body_size, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(t.heading_size, bold_family()),
            ),
            (
                TextStyle::Monospace,
                FontId::new(t.body_size - 1.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(t.space_s, t.space_s);
        style.spacing.button_padding = egui::vec2(t.space_m, t.space_xs + 1.0);
        style.spacing.interact_size.y = 26.0;
        let v = &mut style.visuals;
        v.override_text_color = Some(t.text);
        v.panel_fill = t.panel_fill;
        v.window_fill = t.window_fill;
        v.extreme_bg_color = t.window_fill;
        v.hyperlink_color = t.accent;
        v.selection.bg_fill = t.accent.gamma_multiply(0.25);
        v.selection.stroke = Stroke::new(1.0, t.accent);
        v.widgets.hovered.bg_stroke = Stroke::new(1.0, t.accent);
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, t.card_stroke);
        v.striped = true;
    });
}

/// The frame of a card on the start screen.
pub fn card_frame() -> egui::Frame {
    egui::Frame::new()
        .fill(TOKENS.card_fill)
        .stroke(Stroke::new(1.0, TOKENS.card_stroke))
        .corner_radius(TOKENS.corner_radius)
        .inner_margin(Margin::same(TOKENS.space_l as i8))
}

/// Subdued explanatory text.
pub fn subdued(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text.into()).color(TOKENS.text_subdued)
}

/// A primary (accent-filled) button.
pub fn primary_button(text: &str) -> egui::Button<'static> {
    egui::Button::new(
        egui::RichText::new(text.to_owned())
            .color(TOKENS.accent_text)
            .strong(),
    )
    .fill(TOKENS.accent)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance.
    fn luminance(c: Color32) -> f32 {
        let lin = |v: u8| {
            let s = f32::from(v) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn severity_badges_are_readable() {
        for s in Severity::ALL {
            let c = severity_colors(s);
            let ratio = contrast(c.fill, c.text);
            assert!(ratio >= 4.5, "{s:?}: contrast {ratio:.2}");
        }
    }

    #[test]
    fn severities_are_distinct() {
        let fills: std::collections::HashSet<_> = Severity::ALL
            .iter()
            .map(|s| severity_colors(*s).fill)
            .collect();
        assert_eq!(fills.len(), Severity::ALL.len());
    }

    #[test]
    fn text_tokens_are_readable_on_panels() {
        for fg in [
            TOKENS.text,
            TOKENS.text_subdued,
            TOKENS.ok,
            TOKENS.warn,
            TOKENS.error,
        ] {
            for bg in [TOKENS.panel_fill, TOKENS.card_fill] {
                assert!(contrast(fg, bg) >= 4.5, "{fg:?} on {bg:?}");
            }
        }
        assert!(contrast(TOKENS.accent_text, TOKENS.accent) >= 4.5);
    }
}
