#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* The distribution's libxml2 is built with ICU, so encoding.h would pull in the system's
   <unicode/ucnv.h>, whose UErrorCode clashes with the ICU that Foundation ships in the same
   Swift module. Only pointers to encoding handlers are used here, never their ICU fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

/* xmlFree is a global function pointer, which Swift 6 refuses as shared mutable state. */
static inline void parley_xml_free(void *pointer) { xmlFree(pointer); }
#endif
