mod gui;

fn main() -> anyhow::Result<()> {
    // Plain `bas-audit` (no subcommand) starts the desktop app.
    gui::run(gui::AppConfig::from_env())
}
