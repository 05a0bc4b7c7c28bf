#pragma once

#include <QString>
#include <QTemporaryDir>

namespace travelflow::test {

// Points HOME, XDG_* and the Qt standard paths at a private temporary folder so a test
// never touches the developer's real profile, keychain config or caches. Call first in
// main() (see TRAVELFLOW_TEST_MAIN).
void isolateEnvironment();

// The temporary HOME made by isolateEnvironment().
QString isolatedHome();

// Runs a program to completion (30 s at most); returns its exit code, or -1 if it could
// not start or timed out. Output is captured into `out` / `err` when given.
int runProcess(const QString &program, const QStringList &args, QByteArray *out = nullptr,
               QByteArray *err = nullptr, const QString &workingDir = QString(),
               const QByteArray &stdinData = QByteArray());

} // namespace travelflow::test

// QTEST_MAIN variant that isolates the environment before the application exists.
#define TRAVELFLOW_TEST_MAIN(TestClass, AppClass)                                                            \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        travelflow::test::isolateEnvironment();                                                              \
        AppClass app(argc, argv);                                                                            \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
