# One INTERFACE target carries warnings, Qt hygiene defines and sanitizer flags;
# every target of ours links it, so nothing is set directory-wide.
add_library(coherence_options INTERFACE)

target_compile_features(coherence_options INTERFACE cxx_std_20)

target_compile_options(coherence_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wold-style-cast -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)

if(COHERENCE_WERROR)
    target_compile_options(coherence_options INTERFACE -Werror)
endif()

# Spellings valid for Qt 6.4: QT_DISABLE_DEPRECATED_UP_TO and QT_NO_CONTEXTLESS_CONNECT only
# exist from 6.5 / 6.7 and would be silently ignored here.
target_compile_definitions(coherence_options INTERFACE
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # Debian package builds use build type None: keep Q_ASSERT out of those too.
    $<$<CONFIG:None,Release,MinSizeRel>:QT_NO_DEBUG>)

if(COHERENCE_SANITIZE)
    target_compile_options(coherence_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(coherence_options INTERFACE -fsanitize=address,undefined)
    # GCC 12's LeakSanitizer misreads thread-local storage that glibc 2.36 allocates for a library
    # opened at run time, and can crash in its leak check at exit ("Tracer caught signal 11",
    # "DTLS … at" bogus addresses), depending on how the heap happens to be laid out. The one such
    # library here is libjpeg, which Qt's PDF engine loads through the JPEG image plugin whenever a
    # PDF holds an image (QPdfEnginePrivate::addImage asks for the image writers). Loaded with every
    # program instead, its storage is part of the static TLS and the leak check reads it correctly.
    # Sanitizer builds only: the release build does not load libjpeg at start.
    find_library(COHERENCE_LIBJPEG NAMES libjpeg.so.62 libjpeg.so)
    if(COHERENCE_LIBJPEG)
        target_link_options(coherence_options INTERFACE
            "LINKER:--push-state,--no-as-needed" "${COHERENCE_LIBJPEG}" "LINKER:--pop-state")
    endif()
endif()

# libFuzzer builds (clang only): every target instrumented for coverage and checked by ASan + UBSan;
# the fuzz executables add -fsanitize=fuzzer for libFuzzer's main (tests/fuzz/CMakeLists.txt).
if(COHERENCE_FUZZ)
    target_compile_options(coherence_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(coherence_options INTERFACE -fsanitize=address,undefined)
endif()
