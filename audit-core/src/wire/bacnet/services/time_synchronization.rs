//! TimeSynchronization and UTCTimeSynchronization (clauses 16.7, 16.8): one BACnetDateTime,
//! an application-tagged Date then Time.

use super::super::tag::{
    Date, Time, app_tag, application, decode_date, decode_time, encode_date, encode_time,
    put_application,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeSynchronization {
    pub date: Date,
    pub time: Time,
    pub trailing: Vec<u8>,
}

impl TimeSynchronization {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            date: application(r, app_tag::DATE, decode_date)?,
            time: application(r, app_tag::TIME, decode_time)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application(out, app_tag::DATE, &encode_date(self.date));
        put_application(out, app_tag::TIME, &encode_time(self.time));
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{TIME_SYNC_2, UTC_TIME_SYNC, hex};
    use super::*;

    #[test]
    fn fixtures_decode_like_tshark() {
        // tshark: March 6, 2018 (Tuesday), 16:18:48.27.
        let t = TimeSynchronization::parse(&mut Reader::new(&hex(TIME_SYNC_2.hex), LAYER)).unwrap();
        assert_eq!(t.date.year(), Some(2018));
        assert_eq!((t.date.month, t.date.day, t.date.weekday), (3, 6, 2));
        assert_eq!(
            (t.time.hour, t.time.minute, t.time.second, t.time.hundredths),
            (16, 18, 48, 27)
        );
        // tshark: January 1, 1900 (Monday), 12:45:56.27.
        let t =
            TimeSynchronization::parse(&mut Reader::new(&hex(UTC_TIME_SYNC.hex), LAYER)).unwrap();
        assert_eq!(t.date.year(), Some(1900));
        assert_eq!(t.time.hour, 12);
        // Time before Date is refused.
        let b = hex("b40c2d381ba400010101");
        assert!(TimeSynchronization::parse(&mut Reader::new(&b, LAYER)).is_err());
    }
}
