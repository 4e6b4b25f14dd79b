// The desktop application's QThreadPool::globalInstance(): none. Linked into the `coherence`
// executable only, where it takes the place of QtCore's for every library the process loads (ELF
// symbol interposition: the executable comes first in the dynamic linker's search order).
//
// Why: in Qt 6.4 the only users of the global pool in this process are QtGui's fill, image
// conversion and smooth-scaling code. It cuts every blended fill of 96 spans or more into slices of
// 64, hands them to the global pool and waits for them (QT_THREAD_PARALLEL_FILLS in qdrawhelper.cpp),
// and a translucent line is one span per pixel: the Fusion style's scroll bars, tool bar, tab frame
// and progress bars went through the pool 245 times in the first frame. Each hand-over wakes a pool
// thread and puts the GUI thread to sleep until it is done, which on two cores costs more than the
// fill itself: the first frame took 3-13 ms longer for them on the test VM (docs/performance.md),
// where the bare window it is measured against has none.
//
// Returning no pool is a state that code already handles: the global pool is a Q_GLOBAL_STATIC,
// null once destroyed, and every caller in QtGui 6.4 checks for null and then does the work on the
// calling thread. Coherence itself never uses the global pool (its background open is a
// std::async). Qt's own calls inside QtCore still reach QtCore's instance. A ctest checks that the
// executable's definition is the one QtGui binds to; docs/development.md records the decision.

#include <QThreadPool>

QThreadPool* QThreadPool::globalInstance() {
    return nullptr;
}
