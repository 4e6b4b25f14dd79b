#include "Area.h"

namespace coherence {

QString blockName(Block block) {
    switch (block) {
    case Block::Process:
        return QStringLiteral("process");
    case Block::Sector:
        return QStringLiteral("sector");
    case Block::CrossCutting:
        return QStringLiteral("cross-cutting");
    }
    return QString();
}

std::optional<Block> blockFromName(const QString& name) {
    for (Block block : allBlocks()) {
        if (blockName(block) == name) {
            return block;
        }
    }
    return std::nullopt;
}

QList<Block> allBlocks() {
    return {Block::Process, Block::Sector, Block::CrossCutting};
}

} // namespace coherence
