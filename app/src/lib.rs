//! The `bas-audit` front ends over `audit-core`: the command line (`cli`, one module per
//! subcommand) and the desktop app (`gui`). `main.rs` only dispatches between them; the GUI is a
//! library so that its tests (`tests/gui/`) can drive it.

pub mod cli;
pub mod export;
pub mod gui;
pub mod version;
