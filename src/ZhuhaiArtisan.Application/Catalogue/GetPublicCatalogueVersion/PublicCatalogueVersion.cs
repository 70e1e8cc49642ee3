namespace ZhuhaiArtisan.Application.Catalogue.GetPublicCatalogueVersion;

/// <summary>
/// What the public catalogue's answers depend on besides the request: the last change in the
/// feed (every edition and every live-status change of a published item is one) and the day in
/// Zhuhai (whether an item takes enrolment depends on its validity). Equal versions, equal answers.
/// </summary>
public sealed record PublicCatalogueVersion(long LastChange, DateOnly Today);
