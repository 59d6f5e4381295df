// libxml2's HTML and XML parsers (Debian's libxml2-dev), for the Pages module.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the ICU that Foundation carries.
// The encoding structs that use ICU are not used here (pages are decoded before parsing).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
