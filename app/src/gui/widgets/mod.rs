//! Widgets shared by several screens: the data table's setup, the severity badge, a running
//! job's progress line, the exposure state with its proof, the demo marker, the router's
//! internet address before the checks, and how text from outside is shown (`shown`).

pub mod demo_marker;
pub mod exposure;
pub mod lang_switch;
pub mod progress;
pub mod router_inputs;
pub mod severity_badge;
pub mod shown;
pub mod table;
