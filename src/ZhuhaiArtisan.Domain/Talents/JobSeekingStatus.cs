namespace ZhuhaiArtisan.Domain.Talents;

public enum JobSeekingStatus
{
    NotSeeking,
    OpenToOffers,
    Seeking,
}
