namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>Wakes the import worker at once instead of at its next poll.</summary>
public interface ITalentImportQueue
{
    void Signal();
}
