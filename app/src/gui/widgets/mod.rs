//! Widgets shared by several screens: the data table's setup, the severity badge, a running
//! job's progress line, the exposure state with its proof, the demo marker.

pub mod demo_marker;
pub mod exposure;
pub mod lang_switch;
pub mod progress;
pub mod severity_badge;
pub mod table;
