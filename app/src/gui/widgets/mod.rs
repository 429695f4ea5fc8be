//! Widgets shared by several screens: the data table's setup, the severity badge, a running
//! job's progress line.

pub mod progress;
pub mod severity_badge;
pub mod table;
