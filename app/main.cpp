#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("uni-load %s\n", UNILOAD_VERSION);
    return 0;
}
