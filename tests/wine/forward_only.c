/* The body of a DLL made only of forwarded exports (its .def file names them): Wine 8 has no icuuc.dll, which
   Qt6Core.dll (Qt 6.10 and later) imports from Windows; the generated .def forwards each name to the versioned
   ICU the harness puts beside it. Test harness only; never shipped. */
int __stdcall DllMain(void *instance, unsigned long reason, void *reserved)
{
    return 1;
}
