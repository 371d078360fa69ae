namespace System.Runtime.CompilerServices;

// Records and init-only setters on netstandard2.0.
internal static class IsExternalInit
{
}
