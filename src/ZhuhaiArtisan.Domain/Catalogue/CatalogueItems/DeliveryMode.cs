namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>How the training is delivered.</summary>
public enum DeliveryMode
{
    /// <summary>线上: online, through the 技行珠海 online training platform.</summary>
    Online,

    /// <summary>线下: in person.</summary>
    Offline,

    /// <summary>线上线下结合.</summary>
    Blended,
}
