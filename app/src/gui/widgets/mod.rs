//! Widgets shared by several screens: the data table's setup and the severity badge.

pub mod severity_badge;
pub mod table;
