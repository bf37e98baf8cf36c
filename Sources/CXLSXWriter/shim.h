#ifndef OZG_CXLSXWRITER_SHIM_H
#define OZG_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
