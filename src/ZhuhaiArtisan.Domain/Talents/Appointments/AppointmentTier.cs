namespace ZhuhaiArtisan.Domain.Talents.Appointments;

/// <summary>Who appoints: the seed's 三级首席技师制度 (city, district, enterprise) also scopes 特级技师 posts.</summary>
public enum AppointmentTier
{
    City,
    District,
    Enterprise,
}
