using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.ExportCatalogueEdition;

/// <summary>Public: every item of an edition, in edition order with its live status, as CSV or XLSX.</summary>
public sealed record ExportCatalogueEditionQuery(int Number, CatalogueExportFormat? Format, CatalogueExportEncoding? Encoding) : IQuery<ExportedFile>;
