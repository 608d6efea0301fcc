#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Paydesk"));
    setCentralWidget(new QLabel(tr("Paydesk"), this));
    resize(1200, 800);
}
