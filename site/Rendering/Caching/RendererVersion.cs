using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using Markdig;
using Scriban;
using StaticNews.Configuration;
using StaticNews.Content;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// A digest of the code that turns a page's inputs into its bytes, so that a change to it renders every page again.
/// The site's own assembly also holds the generated article classes, which change with every document: its module
/// version id would change with every edit. So the site's own types are hashed instead (their members, attributes and
/// method bodies, each metadata token replaced by the member or string it names, since tokens move when generated
/// code is added); the libraries it renders with (Scriban, Markdig, the runtime, the configuration) and the .NET
/// runtime by their ids.
/// </summary>
public static class RendererVersion
{
    private static readonly Type[] Libraries = [typeof(Template), typeof(Markdown), typeof(Article), typeof(SiteConfig), typeof(YamlDotNet.Serialization.Deserializer)];

    private static string? s_keptIn;

    private static readonly Lazy<byte[]> Digest = new(() => KeptOrComputed(Volatile.Read(ref s_keptIn)));

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static byte[] Current => Digest.Value;

    /// <summary>Starts computing <see cref="Current"/> (a fifth of a second, most of it loading the code's metadata) while the caller does other work.</summary>
    /// <param name="keptIn">A file the digest is kept in between runs (<see cref="KeptOrComputed"/>); the first given serves.</param>
    public static void Prepare(string? keptIn = null)
    {
        Interlocked.CompareExchange(ref s_keptIn, keptIn, null);
        ThreadPool.QueueUserWorkItem(_ => _ = Digest.Value);
    }

    /// <summary>
    /// The digest kept in <paramref name="file"/>, when it was kept there for this same code: the site's assembly, the
    /// libraries and the runtime, each by its id, of which the digest is made. Else computed, and kept there. A build
    /// after an edit of bodies alone runs the same assembly as the build before it (its compile was skipped).
    /// </summary>
    public static byte[] KeptOrComputed(string? file)
    {
        if (file is null)
        {
            return Compute();
        }
        var code = CodeIdentity();
        try
        {
            if (File.Exists(file) && File.ReadAllText(file).Split('\n') is [var key, var digest, ..] && key == code)
            {
                return Convert.FromHexString(digest);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        var computed = Compute();
        try
        {
            CacheFile.Replace(file, writer => writer.Write(Encoding.UTF8.GetBytes(code + "\n" + Convert.ToHexString(computed) + "\n")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return computed;
    }

    /// <summary>What the digest is made from, by ids: the runtime's version and the modules of the site and the libraries.</summary>
    private static string CodeIdentity() =>
        string.Join(" ", [Environment.Version.ToString(), typeof(RendererVersion).Assembly.ManifestModule.ModuleVersionId.ToString(),
            .. Libraries.Select(library => library.Assembly.ManifestModule.ModuleVersionId.ToString())]);

    /// <summary>Where a member cannot be read (a type it names fails to load), the assembly's id: every page is then rendered again after every compile.</summary>
    private static byte[] Compute()
    {
        try
        {
            return ComputeFromCode();
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException or ReflectionTypeLoadException or NotSupportedException)
        {
            var writer = new FingerprintWriter();
            writer.Add(typeof(RendererVersion).Assembly.ManifestModule.ModuleVersionId.ToString());
            return writer.Digest();
        }
    }

    private static byte[] ComputeFromCode()
    {
        var writer = new FingerprintWriter();
        writer.Add(Environment.Version.ToString());
        foreach (var library in Libraries)
        {
            writer.Add(library.Assembly.ManifestModule.ModuleVersionId.ToString());
        }
        var own = typeof(RendererVersion).Assembly.GetTypes()
            .Where(IsRenderingCode)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in own)
        {
            AddType(writer, type);
        }
        return writer.Digest();
    }

    /// <summary>The site's code and the slug code it shares with the generator; not the generated content.</summary>
    private static bool IsRenderingCode(Type type) =>
        type.Namespace is { } ns
        && (ns.StartsWith("StaticNews.Site", StringComparison.Ordinal) || ns.StartsWith("StaticNews.Generator", StringComparison.Ordinal))
        && !typeof(Article).IsAssignableFrom(type);

    private static void AddType(FingerprintWriter writer, Type type)
    {
        writer.Add(type.FullName);
        writer.Add(type.BaseType?.FullName);
        writer.Add(string.Join(",", type.GetInterfaces().Select(i => i.FullName).Order(StringComparer.Ordinal)));
        AddAttributes(writer, type.CustomAttributes);
        var members = type.GetMembers(Declared).OrderBy(m => m.MemberType).ThenBy(m => m.ToString(), StringComparer.Ordinal);
        foreach (var member in members)
        {
            writer.Add(member.MemberType.ToString());
            writer.Add(member.ToString());
            AddAttributes(writer, member.CustomAttributes);
            switch (member)
            {
                case FieldInfo { IsLiteral: true } constant:
                    writer.Add(Convert.ToString(constant.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case MethodBase method:
                    AddBody(writer, method);
                    break;
            }
        }
    }

    private static void AddAttributes(FingerprintWriter writer, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes.Select(a => a.ToString()).Order(StringComparer.Ordinal))
        {
            writer.Add(attribute);
        }
    }

    /// <summary>The method's IL, each token operand written as what it names.</summary>
    private static void AddBody(FingerprintWriter writer, MethodBase method)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            writer.Add("no body");
            return;
        }
        writer.Add(body.MaxStackSize);
        writer.Add(string.Join(",", body.LocalVariables.Select(l => l.LocalType.FullName ?? l.LocalType.Name)));
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE && at < il.Length)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }
            if (!OpCodesByValue.TryGetValue(value, out var opCode))
            {
                // Not an opcode we know: hash the rest as it is.
                writer.Add(Convert.ToBase64String(il, at, il.Length - at));
                return;
            }
            writer.Add((int)value);
            var size = OperandSize(opCode.OperandType, il, at);
            if (IsToken(opCode.OperandType) && at + 4 <= il.Length)
            {
                writer.Add(Resolve(module, BitConverter.ToInt32(il, at), opCode.OperandType, typeArguments, methodArguments));
            }
            else if (size > 0 && at + size <= il.Length)
            {
                writer.Add(Convert.ToBase64String(il, at, size));
            }
            at += size;
        }
    }

    private static bool IsToken(OperandType operand) =>
        operand is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineString or OperandType.InlineSig;

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => at + 4 <= il.Length ? 4 + 4 * BitConverter.ToInt32(il, at) : il.Length - at,
        _ => 4,
    };

    private static string Resolve(Module module, int token, OperandType operand, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return operand switch
            {
                OperandType.InlineString => "\"" + module.ResolveString(token),
                OperandType.InlineSig => Convert.ToBase64String(module.ResolveSignature(token)),
                _ => module.ResolveMember(token, typeArguments, methodArguments) is { } member
                    ? (member.DeclaringType?.ToString() ?? "") + "::" + member
                    : "?",
            };
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
        {
            return "token " + token.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
