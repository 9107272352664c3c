#pragma once

// What HistoryExportReader's SQLite and PostgreSQL halves share.
#include "historyexport.h"

#include <QtGlobal>

namespace relink {

// The columns of historySelect(…, HistorySteps::Labels) each export cell comes from.
inline constexpr int kExportColumnOf[HistoryExportRow::ColumnCount] = {1, 2, 3,  4,  5, 6,
                                                                       8, 9, 10, 12, 13};
inline constexpr int kExportHttpStatusColumn = 7;

inline bool isAsciiText(const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return false;
    }
    return true;
}

} // namespace relink
