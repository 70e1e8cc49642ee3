namespace ZhuhaiArtisan.Application.Catalogue.Common;

public enum CatalogueExportFormat
{
    Csv,
    Xlsx,
}
