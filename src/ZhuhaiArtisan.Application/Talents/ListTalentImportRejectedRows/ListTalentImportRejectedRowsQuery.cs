using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.Talents.ListTalentImportRejectedRows;

/// <summary>Every row of an import that was not registered, with its reasons, in file order.</summary>
public sealed record ListTalentImportRejectedRowsQuery(Guid ImportId, int? Limit, string? Cursor) : IQuery<Page<RejectedRowDto>>;
