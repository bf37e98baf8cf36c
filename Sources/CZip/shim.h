#ifndef OZG_CZIP_SHIM_H
#define OZG_CZIP_SHIM_H
#include <zip.h>
#endif
