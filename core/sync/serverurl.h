#pragma once

#include "result.h"

#include <QString>

namespace EventDesk
{

// Where the team server is: a libpq-style URL,
// postgresql://member[:password]@host[:port]/database[?sslmode=…]. Outside loopback and a local socket, TLS
// is required and the server's certificate and name are verified (sslmode=verify-full) unless the URL says
// otherwise.
struct ServerUrl {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;

    static Result<ServerUrl> parse(const QString &text);
    bool isLocal() const;    // loopback or a Unix socket folder
    QString display() const; // the URL without the password
    QString connectOptions() const;
};

} // namespace EventDesk
