/* A stand-in for bcryptprimitives.dll, which wine 8 lacks. Rust's std on Windows 10+ asks it for
 * random bytes (ProcessPrng, for HashMap seeds and temp-file names); without it every test
 * program dies before main. Built with mingw and loaded under wine only
 * (WINEDLLOVERRIDES=bcryptprimitives=n): real Windows has its own and never sees this file.
 * The bytes come from RtlGenRandom (advapi32's SystemFunction036), which wine does have. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
