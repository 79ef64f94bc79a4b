"""Personal data by the law: the access log, the register extract and retention."""
