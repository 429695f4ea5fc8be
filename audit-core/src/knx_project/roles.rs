//! What a temperature group stands for, from its name in the project: a room, a setpoint, the
//! outside, water. The role narrows the range a value can plausibly take (see
//! `wire::knxip::dpt`'s module doc). Installers name groups in their language: the words below
//! are English, German, Dutch and French, matched as parts of the lower-cased name. A name
//! that matches nothing gives no role (the DPT's own ranges still apply).

use crate::wire::knxip::dpt::{Dpt, Role};

/// Checked in this order: "Living room setpoint" is a setpoint, "Outdoor temperature" outdoor.
const WORDS: &[(Role, &[&str])] = &[
    (
        Role::RoomSetpoint,
        &[
            "setpoint",
            "set point",
            "soll",
            "consigne",
            "setpunt",
            "gewenst",
        ],
    ),
    (
        Role::OutdoorTemperature,
        &[
            "outdoor",
            "outside",
            "exterior",
            "außen",
            "aussen",
            "buiten",
            "extérieur",
            "exterieur",
            "weather",
            "wetter",
        ],
    ),
    (
        Role::WaterTemperature,
        &[
            "flow",
            "return",
            "vorlauf",
            "rücklauf",
            "ruecklauf",
            "water",
            "hot water",
            "wasser",
            "warmwasser",
            "brauchwasser",
            "boiler",
            "kessel",
            "dhw",
            "puffer",
            "buffer",
            "aanvoer",
            "retour",
            "eau",
            "solar",
        ],
    ),
    (
        Role::RoomTemperature,
        &[
            "room", "raum", "zimmer", "living", "wohn", "bedroom", "schlaf", "kitchen", "küche",
            "kueche", "bath", "bad", "office", "büro", "buero", "hall", "flur", "diele", "kinder",
            "child", "guest", "gast", "dining", "ess", "kamer", "woon", "keuken", "slaap", "pièce",
            "piece", "salon", "chambre", "cuisine", "bureau", "indoor", "innen", "actual", "ist",
        ],
    ),
];

/// The role of a group from its name, for temperature types (9.001, 14.068) only.
pub fn role(name: &str, dpt: Option<Dpt>) -> Role {
    let temperature = matches!(
        dpt.map(|d| (d.main, d.sub)),
        Some((9, Some(1)) | (14, Some(68)))
    );
    if !temperature {
        return Role::Unknown;
    }
    let name = name.to_lowercase();
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| contains_word_start(&name, w)))
        .map_or(Role::Unknown, |(role, _)| *role)
}

/// `word` occurs in `name` at the start of a word (so "ist" matches "Ist-Temperatur" but not
/// "Listen", and "bad" "Badezimmer" but not "Sonnenbad" — compound words start with the
/// qualifier in German, so the start is what counts).
fn contains_word_start(name: &str, word: &str) -> bool {
    name.match_indices(word).any(|(i, _)| {
        name.get(..i)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn roles_from_names() {
        let t = Some(Dpt::new(9, 1));
        let table = [
            ("Living room temperature", Role::RoomTemperature),
            ("Living room setpoint", Role::RoomSetpoint),
            ("Living room setpoint status", Role::RoomSetpoint),
            ("Raumtemperatur Wohnen", Role::RoomTemperature),
            ("Ist-Temperatur Bad", Role::RoomTemperature),
            ("Sollwert Komfort Küche", Role::RoomSetpoint),
            ("Außentemperatur", Role::OutdoorTemperature),
            ("Outdoor temperature", Role::OutdoorTemperature),
            ("Vorlauftemperatur Heizkreis 1", Role::WaterTemperature),
            ("Warmwasser Speicher", Role::WaterTemperature),
            ("Temperatuur woonkamer", Role::RoomTemperature),
            ("Température salon", Role::RoomTemperature),
            ("Temperature 7", Role::Unknown),
            ("Listening temperature", Role::Unknown),
        ];
        for (name, want) in table {
            assert_eq!(role(name, t), want, "{name}");
        }
        assert_eq!(
            role("Living room temperature", Some(Dpt::new(9, 4))),
            Role::Unknown
        );
        assert_eq!(role("Living room temperature", None), Role::Unknown);
        assert_eq!(role("Room", Some(Dpt::new(14, 68))), Role::RoomTemperature);
    }
}
