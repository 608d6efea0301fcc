// A ScriptedHttpServer in a process of its own, for tests where the server must not share the
// client's event loop or memory: a server that trickles, or streams without end, runs at its own
// pace, and the test process's memory is the client's alone.
//
//   paydesk-scripted-server trickle <interval-ms> | endless-chunked | announce <bytes>
//
// Prints "port <n>" once listening, "request <method> <path>" for each request and
// "closed <bytes written so far>" each time a client hangs up.

#include "tests/support/ScriptedHttpServer.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString mode = arguments.value(0);
    ScriptedHttpServer::Response response;
    if (mode == QLatin1String("trickle"))
        response = ScriptedHttpServer::Response::trickle(arguments.value(1).toInt());
    else if (mode == QLatin1String("endless-chunked"))
        response = ScriptedHttpServer::Response::endlessChunked();
    else if (mode == QLatin1String("announce"))
        response = ScriptedHttpServer::Response::announce(arguments.value(1).toLongLong());
    else {
        std::fputs("usage: paydesk-scripted-server trickle <ms> | endless-chunked | announce <bytes>\n",
                   stderr);
        return 2;
    }

    ScriptedHttpServer server;
    server.setHandler([response](const ScriptedHttpServer::Request &request) {
        say("request " + request.method + ' ' + request.path);
        return response;
    });
    QObject::connect(&server, &ScriptedHttpServer::connectionClosed, &server,
                     [&server] { say("closed " + QByteArray::number(server.bytesWritten())); });
    // A test that dies without killing its server must not leave it running for ever.
    QTimer::singleShot(std::chrono::minutes(5), &app, &QCoreApplication::quit);
    say("port " + QByteArray::number(server.url().port()));
    return app.exec();
}
