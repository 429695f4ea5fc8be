//! Dialogs, one file each (ruffle desktop's layout). The consent dialog fails closed; its words
//! for each job are in `consent_texts`.

pub mod consent;
pub mod consent_texts;
