#include "Reference.h"

#include <array>

namespace coherence {

namespace {

struct TypeName {
    ReferenceType type;
    const char16_t* name;
};

constexpr std::array kTypeNames{
    TypeName{ReferenceType::HandbookPage, u"handbook"}, TypeName{ReferenceType::GcmObjective, u"gcm"},
    TypeName{ReferenceType::SdgTarget, u"sdg"},         TypeName{ReferenceType::Instrument, u"instrument"},
    TypeName{ReferenceType::Other, u"other"},
};

} // namespace

QString referenceTypeName(ReferenceType type) {
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type) {
            return QString::fromUtf16(entry.name);
        }
    }
    return QStringLiteral("other");
}

std::optional<ReferenceType> referenceTypeFromName(const QString& name) {
    for (const TypeName& entry : kTypeNames) {
        if (name == QStringView(entry.name)) {
            return entry.type;
        }
    }
    return std::nullopt;
}

QStringList referenceTypeNames() {
    QStringList names;
    for (const TypeName& entry : kTypeNames) {
        names << QString::fromUtf16(entry.name);
    }
    return names;
}

} // namespace coherence
