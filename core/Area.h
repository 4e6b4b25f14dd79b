#pragma once

#include "LocalizedText.h"

#include <QString>

#include <optional>

namespace coherence {

/**
 * Which part of the profile an area belongs to. Policy-coherence tools (OECD PCSD, WHO HiAP)
 * score process and mechanisms apart from sector content, and so do we.
 */
enum class Block {
    Process,
    Sector,
    CrossCutting,
};

QString blockName(Block block); ///< "process", "sector", "cross-cutting"
std::optional<Block> blockFromName(const QString& name);
QList<Block> allBlocks();

/// A group of criteria scored together (e.g. "Labour and employment").
struct Area {
    QString id;
    LocalizedText title;
    LocalizedText description;
    Block block = Block::Sector;
    double weight = 1.0;

    bool operator==(const Area&) const = default;
};

} // namespace coherence
