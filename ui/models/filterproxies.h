#pragma once

#include "core/log/loglevel.h"

#include <QSortFilterProxyModel>

namespace ul {

// Journal rows filtered by outcome ("" = any) and by a case-insensitive text over every field.
class JournalFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalFilterProxy)

public:
    explicit JournalFilterProxy(QObject *parent = nullptr);

    void setOutcome(const QString &outcome);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_outcome;
    QString m_text;
};

// Log rows at or above a level, of one category ("" = any), containing a text.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxy)

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setMinimumLevel(LogLevel level);
    void setCategory(const QString &category);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Debug;
    QString m_category;
    QString m_text;
};

} // namespace ul
