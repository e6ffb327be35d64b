// PostgreSQL failures as the officer reads them: a DatabaseError (core/errors.h) in Vietnamese that
// names the server (its URL without the password) and says what to do. Raw libpq or server text is
// only ever shown after the Vietnamese explanation, for an unknown failure.
#pragma once

#include <string>

#include "core/errors.h"
#include "store/sql_connection.h"

namespace baocao {

// url without its password, as a URI: postgresql://user@host:port/dbname (a socket folder as
// ?host=…). A url that libpq cannot read gives "(địa chỉ PostgreSQL không hợp lệ)".
std::string ShownPostgresUrl(const std::string& url);

// A connection that could not be opened: libpq_message is PQerrorMessage's text (server unreachable,
// authentication failed, database missing, too many connections, …).
DatabaseError PostgresConnectError(const std::string& libpq_message, const std::string& shown_url);

// A failure of a statement, by its SQLSTATE (e.code()).
DatabaseError PostgresDatabaseError(const SqlError& e, const std::string& shown_url);

}  // namespace baocao
