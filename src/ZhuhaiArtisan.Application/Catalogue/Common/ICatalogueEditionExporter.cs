namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>Writes an edition's items as a file spreadsheet programs open: CSV or XLSX, headed in Chinese.</summary>
public interface ICatalogueEditionExporter
{
    ExportedFile Export(CatalogueEditionDto edition, IReadOnlyList<CatalogueEditionItemDto> items, CatalogueExportFormat format, CatalogueExportEncoding encoding);
}
