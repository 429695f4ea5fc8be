"""The ETS project of the KNX evaluation building: every group address with its name, datapoint
type and place in the three-level group tree, and which device sends it. `ets_export.py`
writes the ETS group-address exports (CSV, XML) and a minimal .knxproj from this table;
`building.py` uses it for the DPT of every value it sends.
"""

# Main and middle group names (three-level style).
MAIN = {
    1: "Lighting",
    2: "Blinds",
    3: "Heating",
    4: "Energy",
    5: "Scenes",
    6: "Messages",
    7: "Weather",
}
MIDDLE = {
    (1, 1): "Switching",
    (1, 2): "Presence",
    (1, 3): "Dimming",
    (1, 4): "Switching status",
    (1, 5): "Brightness status",
    (2, 1): "Up/down",
    (2, 2): "Step/stop",
    (2, 3): "Position status",
    (2, 4): "Position",
    (3, 1): "Room temperatures",
    (3, 2): "Setpoints",
    (3, 3): "Valves",
    (3, 4): "Operating modes",
    (4, 1): "Meter",
    (5, 1): "Living room",
    (6, 1): "Heating",
    (7, 1): "Weather station",
}

# address, name, ETS datapoint type, description
GROUPS = [
    ("1/1/1", "Living room ceiling light", "DPST-1-1", "Push button 1.1.32, actuator 1.1.30"),
    ("1/2/1", "Living room presence", "DPST-1-18", "Presence detector 1.1.21"),
    ("1/3/1", "Living room ceiling light dimming", "DPST-3-7", "Push button long press"),
    ("1/4/1", "Living room ceiling light status", "DPST-1-1", "Actuator 1.1.30"),
    ("1/5/1", "Living room ceiling light brightness", "DPST-5-1", "Actuator 1.1.30"),
    ("2/1/1", "Living room blind up/down", "DPST-1-8", "Push button 1.1.33"),
    ("2/2/1", "Living room blind step/stop", "DPST-1-7", "Push button 1.1.33"),
    ("2/3/1", "Living room blind position status", "DPST-5-1", "Blind actuator 1.1.31"),
    ("2/4/1", "Living room blind position", "DPST-5-1", "Visualisation"),
    ("3/1/1", "Living room temperature", "DPST-9-1", "Room sensor 1.1.11"),
    ("3/1/2", "Bedroom temperature", "DPST-9-1", "Room sensor 1.1.12"),
    ("3/1/3", "Bathroom temperature", "DPST-9-1", "Room sensor 1.1.13"),
    ("3/1/4", "Bathroom humidity", "DPST-9-7", "Room sensor 1.1.13"),
    ("3/2/1", "Living room setpoint", "DPST-9-1", "Comfort setpoint, from the visualisation"),
    ("3/2/2", "Living room setpoint status", "DPST-9-1", "Heating controller 1.1.41"),
    ("3/3/1", "Living room heating valve", "DPST-5-1", "Controller 1.1.41 to valve 1.1.42"),
    ("3/4/1", "Living room HVAC mode", "DPST-20-102", "From the visualisation"),
    ("3/4/2", "Living room HVAC mode status", "DPST-20-102", "Heating controller 1.1.41"),
    ("4/1/1", "Electrical power", "DPST-14-56", "Energy meter 1.1.50"),
    ("4/1/2", "Active energy", "DPST-13-10", "Energy meter 1.1.50"),
    ("4/1/3", "Meter pulses", "DPST-12-1", "Energy meter 1.1.50"),
    ("5/1/1", "Living room scene", "DPST-17-1", "Push button 1.1.32"),
    ("5/1/2", "Living room scene control", "DPST-18-1", "Visualisation"),
    ("6/1/1", "Heating status text", "DPST-16-1", "Heating controller 1.1.41"),
    ("7/1/1", "Outdoor temperature", "DPST-9-1", "Weather station 1.0.40"),
    ("7/1/2", "Wind speed", "DPST-9-5", "Weather station 1.0.40"),
    ("7/1/3", "Outdoor brightness", "DPST-9-4", "Weather station 1.0.40"),
]


def dpt_of(address: str) -> str:
    """`9.001` for the group's `DPST-9-1` (the spelling xknx's transcoders take)."""
    for a, _name, dpt, _desc in GROUPS:
        if a == address:
            _, main, sub = dpt.split("-")
            return f"{int(main)}.{int(sub):03d}"
    raise KeyError(address)
