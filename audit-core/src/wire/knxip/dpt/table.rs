//! The datapoint types we know, after KNX Standard 03_07_02 "Datapoint Types" (v2.x): per main
//! type its format, per subtype its KNX name, what it measures in plain words, its unit, the
//! labels of its states, its scale and its ranges. Every word this module shows a person is in
//! this file.
//!
//! Ranges (see the module doc of `dpt` for what each one means):
//! - `defined`: the subtype's range in 03_07_02; outside it the sender breaks the standard.
//! - `physical`: narrower than `defined` where physics sets the limit (relative humidity
//!   0–100 %, a power factor between −1 and 1, nothing below absolute zero).

use super::{Format, ValueKind};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Subtype {
    pub sub: u16,
    /// The KNX name, e.g. `DPT_Value_Temp`.
    pub name: &'static str,
    /// What it is, in plain words ("temperature").
    pub title: &'static str,
    pub unit: &'static str,
    /// Words for 0 and 1 (1.x; the value bit of 2.x; the direction bit of 3.x).
    pub labels: Option<(&'static str, &'static str)>,
    /// Value = raw integer × numerator / denominator (7.003: 10 ms per step; 5.001: 100/255 %
    /// per step). A fraction, so that 180° encodes as 180 × 255 / 360 = 127.5 exactly.
    pub scale: (f64, f64),
    pub defined: Option<(f64, f64)>,
    pub physical: Option<(f64, f64)>,
    /// Named values of an enumeration (20.x); a value not listed is undefined.
    pub values: &'static [(u8, &'static str)],
    /// When not the main type's default.
    pub kind: Option<ValueKind>,
    /// Decimals shown (for scaled and float values).
    pub decimals: u8,
}

const fn st(sub: u16, name: &'static str, title: &'static str, unit: &'static str) -> Subtype {
    Subtype {
        sub,
        name,
        title,
        unit,
        labels: None,
        scale: (1.0, 1.0),
        defined: None,
        physical: None,
        values: &[],
        kind: None,
        decimals: 0,
    }
}

impl Subtype {
    const fn labels(mut self, off: &'static str, on: &'static str) -> Self {
        self.labels = Some((off, on));
        self
    }
    const fn scale(mut self, numerator: f64, denominator: f64, decimals: u8) -> Self {
        self.scale = (numerator, denominator);
        self.decimals = decimals;
        self
    }
    const fn defined(mut self, min: f64, max: f64) -> Self {
        self.defined = Some((min, max));
        self
    }
    const fn physical(mut self, min: f64, max: f64) -> Self {
        self.physical = Some((min, max));
        self
    }
    const fn values(mut self, values: &'static [(u8, &'static str)]) -> Self {
        self.values = values;
        self
    }
    const fn kind(mut self, kind: ValueKind) -> Self {
        self.kind = Some(kind);
        self
    }
    const fn decimals(mut self, decimals: u8) -> Self {
        self.decimals = decimals;
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MainType {
    pub main: u16,
    pub format: Format,
    /// What the main type carries, in plain words.
    pub title: &'static str,
    pub subs: &'static [Subtype],
}

/// Largest and smallest value of the 2-octet float (03_07_02 §3.10): 0.01 × M × 2^E with
/// M in −2048..2047 and E in 0..15. (0x7FFF, M = 2047 and E = 15, means "invalid data", so
/// the largest value actually sent is 670 433.28.)
pub const F16_MIN: f64 = -671_088.64;
pub const F16_MAX: f64 = 670_760.96;
/// Absolute zero.
const ZERO_C: f64 = -273.15;
const ZERO_F: f64 = -459.67;

pub static MAIN_TYPES: &[MainType] = &[
    MainType {
        main: 1,
        format: Format::B1,
        title: "1-bit value",
        subs: &[
            st(1, "DPT_Switch", "switch", "").labels("off", "on"),
            st(2, "DPT_Bool", "boolean", "").labels("false", "true"),
            st(3, "DPT_Enable", "enable", "").labels("disable", "enable"),
            st(4, "DPT_Ramp", "ramp", "").labels("no ramp", "ramp"),
            st(5, "DPT_Alarm", "alarm", "").labels("no alarm", "alarm"),
            st(6, "DPT_BinaryValue", "binary value", "").labels("low", "high"),
            st(7, "DPT_Step", "step", "").labels("decrease", "increase"),
            st(8, "DPT_UpDown", "up/down", "").labels("up", "down"),
            st(9, "DPT_OpenClose", "open/close", "").labels("open", "close"),
            st(10, "DPT_Start", "start/stop", "").labels("stop", "start"),
            st(11, "DPT_State", "state", "").labels("inactive", "active"),
            st(12, "DPT_Invert", "invert", "").labels("not inverted", "inverted"),
            st(13, "DPT_DimSendStyle", "dim send style", "").labels("start-stop", "cyclically"),
            st(14, "DPT_InputSource", "input source", "").labels("fixed", "calculated"),
            st(15, "DPT_Reset", "reset", "").labels("no action", "reset"),
            st(16, "DPT_Ack", "acknowledge", "").labels("no action", "acknowledge"),
            st(17, "DPT_Trigger", "trigger", "").labels("trigger", "trigger"),
            st(18, "DPT_Occupancy", "occupancy", "").labels("not occupied", "occupied"),
            st(19, "DPT_Window_Door", "window/door", "").labels("closed", "open"),
            st(21, "DPT_LogicalFunction", "logical function", "").labels("OR", "AND"),
            st(22, "DPT_Scene_AB", "scene A/B", "").labels("scene A", "scene B"),
            st(23, "DPT_ShutterBlinds_Mode", "shutter/blinds mode", "")
                .labels("up/down only", "up/down and step/stop"),
            st(24, "DPT_DayNight", "day/night", "").labels("day", "night"),
            st(100, "DPT_Heat_Cool", "heat/cool", "").labels("cooling", "heating"),
        ],
    },
    MainType {
        main: 2,
        format: Format::B2,
        title: "1-bit value with priority control",
        subs: &[
            st(1, "DPT_Switch_Control", "switch with control", "").labels("off", "on"),
            st(2, "DPT_Bool_Control", "boolean with control", "").labels("false", "true"),
            st(3, "DPT_Enable_Control", "enable with control", "").labels("disable", "enable"),
            st(4, "DPT_Ramp_Control", "ramp with control", "").labels("no ramp", "ramp"),
            st(5, "DPT_Alarm_Control", "alarm with control", "").labels("no alarm", "alarm"),
            st(
                6,
                "DPT_BinaryValue_Control",
                "binary value with control",
                "",
            )
            .labels("low", "high"),
            st(7, "DPT_Step_Control", "step with control", "").labels("decrease", "increase"),
            st(8, "DPT_Direction1_Control", "up/down with control", "").labels("up", "down"),
            st(9, "DPT_Direction2_Control", "open/close with control", "").labels("open", "close"),
            st(10, "DPT_Start_Control", "start/stop with control", "").labels("stop", "start"),
            st(11, "DPT_State_Control", "state with control", "").labels("inactive", "active"),
            st(12, "DPT_Invert_Control", "invert with control", "")
                .labels("not inverted", "inverted"),
        ],
    },
    MainType {
        main: 3,
        format: Format::B1U3,
        title: "step control",
        subs: &[
            st(7, "DPT_Control_Dimming", "dimming", "").labels("decrease", "increase"),
            st(8, "DPT_Control_Blinds", "blinds step", "").labels("up", "down"),
        ],
    },
    MainType {
        main: 5,
        format: Format::U8,
        title: "8-bit unsigned value",
        subs: &[
            st(1, "DPT_Scaling", "percentage", "%")
                .scale(100.0, 255.0, 1)
                .defined(0.0, 100.0),
            st(3, "DPT_Angle", "angle", "°")
                .scale(360.0, 255.0, 1)
                .defined(0.0, 360.0),
            st(4, "DPT_Percent_U8", "percentage (0–255 %)", "%").defined(0.0, 255.0),
            st(5, "DPT_DecimalFactor", "ratio", "").defined(0.0, 255.0),
            st(6, "DPT_Tariff", "tariff", "")
                .defined(0.0, 254.0)
                .kind(ValueKind::Discrete),
            st(10, "DPT_Value_1_Ucount", "counter pulses", "").defined(0.0, 255.0),
        ],
    },
    MainType {
        main: 6,
        format: Format::V8,
        title: "8-bit signed value",
        subs: &[
            st(1, "DPT_Percent_V8", "percentage (−128–127 %)", "%"),
            st(10, "DPT_Value_1_Count", "counter pulses", ""),
        ],
    },
    MainType {
        main: 7,
        format: Format::U16,
        title: "2-octet unsigned value",
        subs: &[
            st(1, "DPT_Value_2_Ucount", "pulses", ""),
            st(2, "DPT_TimePeriodMsec", "time", "ms"),
            st(3, "DPT_TimePeriod10MSec", "time", "ms").scale(10.0, 1.0, 0),
            st(4, "DPT_TimePeriod100MSec", "time", "ms").scale(100.0, 1.0, 0),
            st(5, "DPT_TimePeriodSec", "time", "s"),
            st(6, "DPT_TimePeriodMin", "time", "min"),
            st(7, "DPT_TimePeriodHrs", "time", "h"),
            st(11, "DPT_Length_mm", "length", "mm"),
            st(12, "DPT_UElCurrentmA", "current", "mA"),
            st(13, "DPT_Brightness", "brightness", "lx"),
            st(
                600,
                "DPT_Absolute_Colour_Temperature",
                "colour temperature",
                "K",
            ),
        ],
    },
    MainType {
        main: 8,
        format: Format::V16,
        title: "2-octet signed value",
        subs: &[
            st(1, "DPT_Value_2_Count", "pulses difference", ""),
            st(2, "DPT_DeltaTimeMsec", "time lag", "ms"),
            st(3, "DPT_DeltaTime10MSec", "time lag", "ms").scale(10.0, 1.0, 0),
            st(4, "DPT_DeltaTime100MSec", "time lag", "ms").scale(100.0, 1.0, 0),
            st(5, "DPT_DeltaTimeSec", "time lag", "s"),
            st(6, "DPT_DeltaTimeMin", "time lag", "min"),
            st(7, "DPT_DeltaTimeHrs", "time lag", "h"),
            st(10, "DPT_Percent_V16", "percentage difference", "%").scale(1.0, 100.0, 2),
            st(11, "DPT_Rotation_Angle", "rotation angle", "°"),
            st(12, "DPT_Length_m", "length", "m"),
        ],
    },
    MainType {
        main: 9,
        format: Format::F16,
        title: "2-octet float value",
        subs: &[
            st(1, "DPT_Value_Temp", "temperature", "°C")
                .decimals(2)
                .defined(-273.0, 670_760.0)
                .physical(ZERO_C, F16_MAX),
            st(2, "DPT_Value_Tempd", "temperature difference", "K")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(3, "DPT_Value_Tempa", "kelvin/hour", "K/h")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(4, "DPT_Value_Lux", "brightness", "lx")
                .decimals(2)
                .defined(0.0, 670_760.0),
            st(5, "DPT_Value_Wsp", "wind speed", "m/s")
                .decimals(2)
                .defined(0.0, 670_760.0),
            st(6, "DPT_Value_Pres", "air pressure", "Pa")
                .decimals(2)
                .defined(0.0, 670_760.0),
            st(7, "DPT_Value_Humidity", "humidity", "%")
                .decimals(2)
                .defined(0.0, 670_760.0)
                .physical(0.0, 100.0),
            st(8, "DPT_Value_AirQuality", "air quality", "ppm")
                .decimals(2)
                .defined(0.0, 670_760.0),
            st(9, "DPT_Value_AirFlow", "air flow", "m³/h")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(10, "DPT_Value_Time1", "time", "s")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(11, "DPT_Value_Time2", "time", "ms")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(20, "DPT_Value_Volt", "voltage", "mV")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(21, "DPT_Value_Curr", "current", "mA")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(22, "DPT_PowerDensity", "power density", "W/m²")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(23, "DPT_KelvinPerPercent", "kelvin/percent", "K/%")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(24, "DPT_Power", "power", "kW")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(25, "DPT_Value_Volume_Flow", "volume flow", "l/h")
                .decimals(2)
                .defined(-670_760.0, 670_760.0),
            st(26, "DPT_Rain_Amount", "rain amount", "l/m²")
                .decimals(2)
                .defined(-671_088.64, 670_760.96),
            st(27, "DPT_Value_Temp_F", "temperature", "°F")
                .decimals(2)
                .defined(-459.6, 670_760.0)
                .physical(ZERO_F, F16_MAX),
            st(28, "DPT_Value_Wsp_kmh", "wind speed", "km/h")
                .decimals(2)
                .defined(0.0, 670_760.0),
            st(
                29,
                "DPT_Value_Absolute_Humidity",
                "absolute humidity",
                "g/m³",
            )
            .decimals(2)
            .defined(0.0, 670_760.0),
            st(30, "DPT_Concentration_ygm3", "concentration", "µg/m³")
                .decimals(2)
                .defined(0.0, 670_760.0),
        ],
    },
    MainType {
        main: 12,
        format: Format::U32,
        title: "4-octet unsigned value",
        subs: &[
            st(1, "DPT_Value_4_Ucount", "counter pulses", "").kind(ValueKind::Counter),
            st(100, "DPT_LongTimePeriod_Sec", "operating time", "s").kind(ValueKind::Counter),
            st(101, "DPT_LongTimePeriod_Min", "operating time", "min").kind(ValueKind::Counter),
            st(102, "DPT_LongTimePeriod_Hrs", "operating time", "h").kind(ValueKind::Counter),
            st(1200, "DPT_VolumeLiquid_Litre", "volume", "l").kind(ValueKind::Counter),
            st(1201, "DPT_Volume_m3", "volume", "m³").kind(ValueKind::Counter),
        ],
    },
    MainType {
        main: 13,
        format: Format::V32,
        title: "4-octet signed value",
        subs: &[
            st(1, "DPT_Value_4_Count", "counter pulses", "").kind(ValueKind::Counter),
            st(2, "DPT_FlowRate_m3/h", "flow rate", "m³/h").scale(1.0, 10_000.0, 4),
            st(10, "DPT_ActiveEnergy", "active energy", "Wh").kind(ValueKind::Counter),
            st(11, "DPT_ApparantEnergy", "apparent energy", "VAh").kind(ValueKind::Counter),
            st(12, "DPT_ReactiveEnergy", "reactive energy", "VARh").kind(ValueKind::Counter),
            st(13, "DPT_ActiveEnergy_kWh", "active energy", "kWh").kind(ValueKind::Counter),
            st(14, "DPT_ApparantEnergy_kVAh", "apparent energy", "kVAh").kind(ValueKind::Counter),
            st(15, "DPT_ReactiveEnergy_kVARh", "reactive energy", "kVARh").kind(ValueKind::Counter),
            st(16, "DPT_ActiveEnergy_MWh", "active energy", "MWh").kind(ValueKind::Counter),
            st(100, "DPT_LongDeltaTimeSec", "time lag", "s"),
        ],
    },
    MainType {
        main: 14,
        format: Format::F32,
        title: "4-octet float value",
        subs: &[
            st(0, "DPT_Value_Acceleration", "acceleration", "m/s²"),
            st(
                1,
                "DPT_Value_Acceleration_Angular",
                "angular acceleration",
                "rad/s²",
            ),
            st(
                2,
                "DPT_Value_Activation_Energy",
                "activation energy",
                "J/mol",
            ),
            st(3, "DPT_Value_Activity", "radioactive activity", "1/s"),
            st(4, "DPT_Value_Mol", "amount of substance", "mol"),
            st(5, "DPT_Value_Amplitude", "amplitude", ""),
            st(6, "DPT_Value_AngleRad", "angle", "rad"),
            st(7, "DPT_Value_AngleDeg", "angle", "°"),
            st(8, "DPT_Value_Angular_Momentum", "angular momentum", "J s"),
            st(9, "DPT_Value_Angular_Velocity", "angular velocity", "rad/s"),
            st(10, "DPT_Value_Area", "area", "m²"),
            st(11, "DPT_Value_Capacitance", "capacitance", "F"),
            st(
                12,
                "DPT_Value_Charge_DensitySurface",
                "surface charge density",
                "C/m²",
            ),
            st(
                13,
                "DPT_Value_Charge_DensityVolume",
                "volume charge density",
                "C/m³",
            ),
            st(14, "DPT_Value_Compressibility", "compressibility", "m²/N"),
            st(15, "DPT_Value_Conductance", "conductance", "S"),
            st(
                16,
                "DPT_Value_Electrical_Conductivity",
                "conductivity",
                "S/m",
            ),
            st(17, "DPT_Value_Density", "density", "kg/m³"),
            st(18, "DPT_Value_Electric_Charge", "electric charge", "C"),
            st(19, "DPT_Value_Electric_Current", "electric current", "A"),
            st(
                20,
                "DPT_Value_Electric_CurrentDensity",
                "current density",
                "A/m²",
            ),
            st(
                21,
                "DPT_Value_Electric_DipoleMoment",
                "electric dipole moment",
                "C m",
            ),
            st(
                22,
                "DPT_Value_Electric_Displacement",
                "electric displacement",
                "C/m²",
            ),
            st(
                23,
                "DPT_Value_Electric_FieldStrength",
                "electric field strength",
                "V/m",
            ),
            st(24, "DPT_Value_Electric_Flux", "electric flux", "C"),
            st(
                25,
                "DPT_Value_Electric_FluxDensity",
                "electric flux density",
                "C/m²",
            ),
            st(
                26,
                "DPT_Value_Electric_Polarization",
                "electric polarization",
                "C/m²",
            ),
            st(
                27,
                "DPT_Value_Electric_Potential",
                "electric potential",
                "V",
            ),
            st(28, "DPT_Value_Electric_PotentialDifference", "voltage", "V"),
            st(
                29,
                "DPT_Value_ElectromagneticMoment",
                "electromagnetic moment",
                "A m²",
            ),
            st(
                30,
                "DPT_Value_Electromotive_Force",
                "electromotive force",
                "V",
            ),
            st(31, "DPT_Value_Energy", "energy", "J"),
            st(32, "DPT_Value_Force", "force", "N"),
            st(33, "DPT_Value_Frequency", "frequency", "Hz"),
            st(
                34,
                "DPT_Value_Angular_Frequency",
                "angular frequency",
                "rad/s",
            ),
            st(35, "DPT_Value_Heat_Capacity", "heat capacity", "J/K"),
            st(36, "DPT_Value_Heat_FlowRate", "heat flow rate", "W"),
            st(37, "DPT_Value_Heat_Quantity", "heat quantity", "J"),
            st(38, "DPT_Value_Impedance", "impedance", "Ω"),
            st(39, "DPT_Value_Length", "length", "m"),
            st(41, "DPT_Value_Luminance", "luminance", "cd/m²"),
            st(42, "DPT_Value_Luminous_Flux", "luminous flux", "lm"),
            st(
                43,
                "DPT_Value_Luminous_Intensity",
                "luminous intensity",
                "cd",
            ),
            st(
                44,
                "DPT_Value_Magnetic_FieldStrength",
                "magnetic field strength",
                "A/m",
            ),
            st(45, "DPT_Value_Magnetic_Flux", "magnetic flux", "Wb"),
            st(
                46,
                "DPT_Value_Magnetic_FluxDensity",
                "magnetic flux density",
                "T",
            ),
            st(47, "DPT_Value_Magnetic_Moment", "magnetic moment", "A m²"),
            st(
                48,
                "DPT_Value_Magnetic_Polarization",
                "magnetic polarization",
                "T",
            ),
            st(49, "DPT_Value_Magnetization", "magnetization", "A/m"),
            st(
                50,
                "DPT_Value_MagnetomotiveForce",
                "magnetomotive force",
                "A",
            ),
            st(51, "DPT_Value_Mass", "mass", "kg"),
            st(52, "DPT_Value_MassFlux", "mass flux", "kg/s"),
            st(53, "DPT_Value_Momentum", "momentum", "N/s"),
            st(54, "DPT_Value_Phase_AngleRad", "phase angle", "rad"),
            st(55, "DPT_Value_Phase_AngleDeg", "phase angle", "°"),
            st(56, "DPT_Value_Power", "power", "W"),
            st(57, "DPT_Value_Power_Factor", "power factor", "").physical(-1.0, 1.0),
            st(58, "DPT_Value_Pressure", "pressure", "Pa"),
            st(59, "DPT_Value_Reactance", "reactance", "Ω"),
            st(60, "DPT_Value_Resistance", "resistance", "Ω"),
            st(61, "DPT_Value_Resistivity", "resistivity", "Ω m"),
            st(62, "DPT_Value_SelfInductance", "self inductance", "H"),
            st(63, "DPT_Value_SolidAngle", "solid angle", "sr"),
            st(64, "DPT_Value_Sound_Intensity", "sound intensity", "W/m²"),
            st(65, "DPT_Value_Speed", "speed", "m/s"),
            st(66, "DPT_Value_Stress", "stress", "Pa"),
            st(67, "DPT_Value_Surface_Tension", "surface tension", "N/m"),
            st(68, "DPT_Value_Common_Temperature", "temperature", "°C").physical(ZERO_C, f64::MAX),
            st(
                69,
                "DPT_Value_Absolute_Temperature",
                "absolute temperature",
                "K",
            )
            .physical(0.0, f64::MAX),
            st(
                70,
                "DPT_Value_TemperatureDifference",
                "temperature difference",
                "K",
            ),
            st(71, "DPT_Value_Thermal_Capacity", "thermal capacity", "J/K"),
            st(
                72,
                "DPT_Value_Thermal_Conductivity",
                "thermal conductivity",
                "W/(m K)",
            ),
            st(
                73,
                "DPT_Value_ThermoelectricPower",
                "thermoelectric power",
                "V/K",
            ),
            st(74, "DPT_Value_Time", "time", "s"),
            st(75, "DPT_Value_Torque", "torque", "N m"),
            st(76, "DPT_Value_Volume", "volume", "m³"),
            st(77, "DPT_Value_Volume_Flux", "volume flux", "m³/s"),
            st(78, "DPT_Value_Weight", "weight", "N"),
            st(79, "DPT_Value_Work", "work", "J"),
            st(80, "DPT_Value_ApparentPower", "apparent power", "VA"),
        ],
    },
    MainType {
        main: 16,
        format: Format::A112,
        title: "character string (14 characters)",
        subs: &[
            st(0, "DPT_String_ASCII", "text (ASCII)", ""),
            st(1, "DPT_String_8859_1", "text (ISO 8859-1)", ""),
        ],
    },
    MainType {
        main: 17,
        format: Format::SceneNumber,
        title: "scene number",
        subs: &[st(1, "DPT_SceneNumber", "scene number", "")],
    },
    MainType {
        main: 18,
        format: Format::SceneControl,
        title: "scene control",
        subs: &[st(1, "DPT_SceneControl", "scene control", "")],
    },
    MainType {
        main: 20,
        format: Format::N8,
        title: "8-bit enumeration",
        subs: &[
            st(1, "DPT_SCLOMode", "SCLO mode", "").values(&[
                (0, "autonomous"),
                (1, "slave"),
                (2, "master"),
            ]),
            st(2, "DPT_BuildingMode", "building mode", "").values(&[
                (0, "building in use"),
                (1, "building not used"),
                (2, "building protection"),
            ]),
            st(3, "DPT_OccMode", "occupancy mode", "").values(&[
                (0, "occupied"),
                (1, "standby"),
                (2, "not occupied"),
            ]),
            st(4, "DPT_Priority", "priority", "").values(&[
                (0, "high"),
                (1, "medium"),
                (2, "low"),
                (3, "void"),
            ]),
            st(5, "DPT_LightApplicationMode", "light application mode", "").values(&[
                (0, "normal"),
                (1, "presence simulation"),
                (2, "night round"),
            ]),
            st(8, "DPT_PSUMode", "power supply mode", "").values(&[
                (0, "disabled"),
                (1, "enabled"),
                (2, "auto"),
            ]),
            st(12, "DPT_ErrorClass_HVAC", "HVAC error class", "").values(&[
                (0, "no fault"),
                (1, "sensor fault"),
                (2, "process or controller fault"),
                (3, "actuator fault"),
                (4, "other fault"),
            ]),
            st(100, "DPT_FuelType", "fuel type", "").values(&[
                (0, "auto"),
                (1, "oil"),
                (2, "gas"),
                (3, "solid fuel"),
            ]),
            st(102, "DPT_HVACMode", "HVAC mode", "").values(&[
                (0, "auto"),
                (1, "comfort"),
                (2, "standby"),
                (3, "economy"),
                (4, "building protection"),
            ]),
            st(103, "DPT_DHWMode", "hot water mode", "").values(&[
                (0, "auto"),
                (1, "legionella protection"),
                (2, "normal"),
                (3, "reduced"),
                (4, "off / frost protection"),
            ]),
            st(104, "DPT_LoadPriority", "load priority", "").values(&[
                (0, "none"),
                (1, "shift load priority"),
                (2, "absolute load priority"),
            ]),
            st(105, "DPT_HVACContrMode", "HVAC control mode", "").values(&[
                (0, "auto"),
                (1, "heat"),
                (2, "morning warmup"),
                (3, "cool"),
                (4, "night purge"),
                (5, "precool"),
                (6, "off"),
                (7, "test"),
                (8, "emergency heat"),
                (9, "fan only"),
                (10, "free cool"),
                (11, "ice"),
                (12, "maximum heating"),
                (13, "economic heat/cool"),
                (14, "dehumidification"),
                (15, "calibration"),
                (16, "emergency cool"),
                (17, "emergency steam"),
                (20, "no demand"),
            ]),
            st(106, "DPT_HVACEmergMode", "HVAC emergency mode", "").values(&[
                (0, "normal"),
                (1, "emergency pressure"),
                (2, "emergency depressure"),
                (3, "emergency purge"),
                (4, "emergency shutdown"),
                (5, "emergency fire"),
            ]),
            st(107, "DPT_ChangeoverMode", "changeover mode", "").values(&[
                (0, "auto"),
                (1, "cooling only"),
                (2, "heating only"),
            ]),
            st(111, "DPT_FanMode", "fan mode", "").values(&[
                (0, "not running"),
                (1, "permanently running"),
                (2, "running in intervals"),
            ]),
            st(113, "DPT_StatusRoomSetp", "room setpoint status", "").values(&[
                (0, "normal setpoint"),
                (1, "alternative setpoint"),
                (2, "building protection setpoint"),
            ]),
            st(
                600,
                "DPT_Behaviour_Lock_Unlock",
                "behaviour on lock/unlock",
                "",
            )
            .values(&[
                (0, "off"),
                (1, "on"),
                (2, "no change"),
                (3, "value of an additional parameter"),
                (4, "memory function value"),
                (5, "updated value"),
                (6, "value before locking"),
            ]),
            st(
                601,
                "DPT_Behaviour_BusPowerUp_Down",
                "behaviour on bus power up/down",
                "",
            )
            .values(&[
                (0, "off"),
                (1, "on"),
                (2, "no change"),
                (3, "value of an additional parameter"),
                (4, "last value before bus power down"),
            ]),
            st(604, "DPT_LightControlMode", "light control mode", "")
                .values(&[(0, "automatic"), (1, "manual")]),
            st(609, "DPT_LoadTypeSet", "load type", "").values(&[
                (0, "automatic"),
                (1, "leading edge (inductive)"),
                (2, "trailing edge (capacitive)"),
            ]),
            st(
                801,
                "DPT_SABExceptBehaviour",
                "blinds exception behaviour",
                "",
            )
            .values(&[
                (0, "up"),
                (1, "down"),
                (2, "no change"),
                (3, "value of an additional parameter"),
                (4, "stop"),
            ]),
            st(804, "DPT_BlindsControlMode", "blinds control mode", "")
                .values(&[(0, "automatic control"), (1, "manual control")]),
        ],
    },
];

/// Where a building narrows what a temperature can be (see `Role`).
pub const ROOM_TEMPERATURE: (f64, f64) = (-10.0, 50.0);
pub const ROOM_SETPOINT: (f64, f64) = (3.0, 35.0);
pub const OUTDOOR_TEMPERATURE: (f64, f64) = (-50.0, 60.0);
pub const WATER_TEMPERATURE: (f64, f64) = (0.0, 110.0);

/// Words of the module (errors and value texts), in one place. The words a value is shown in
/// (the table's titles, labels and values, [`words::STOP`], [`words::UNKNOWN_TYPE`]) are
/// English here and looked up in the catalogue by [`super::word_id`]; the sentences around
/// them are `dpt-*` messages (`assets/text/<lang>/dpt.ftl`).
pub mod words {
    pub const STOP: &str = "stop";
    pub const UNKNOWN_TYPE: &str = "unknown datapoint type";
    pub const RANGE_SPECIFICATION: &str = "the range of its datapoint type (KNX 03_07_02)";
    pub const RANGE_PHYSICS: &str = "what can physically be measured";
    pub const RANGE_BUILDING: &str = "what this quantity reaches in a working building";
}
