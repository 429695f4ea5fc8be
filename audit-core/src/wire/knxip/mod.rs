//! KNXnet/IP (KNX Standard 03_08_xx): header, HPAI, DIBs, core/tunnelling/routing/device
//! management services, cEMI, and KNX IP Secure frames (recognised, not decrypted).
//! TODO: being written
